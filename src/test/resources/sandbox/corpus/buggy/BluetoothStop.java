// expect: assertion
// lines: 12, 45
// about: the driver checks the stopping flag, then counts the request in, as two steps; the stopper can set the flag, drain the count and stop the device in between, and the request then runs on a stopped device
public class BluetoothStop {
    static final class Device {
        volatile boolean stoppingFlag;
        volatile boolean stopped;
        private int pendingIo = 1;
        private boolean stoppingEvent;

        boolean enter() {
            if (stoppingFlag) {
                return false;
            }
            synchronized (this) {
                pendingIo++;
            }
            return true;
        }

        synchronized void exit() {
            pendingIo--;
            if (pendingIo == 0) {
                stoppingEvent = true;
                notifyAll();
            }
        }

        void stop() throws InterruptedException {
            stoppingFlag = true;
            exit();
            synchronized (this) {
                while (!stoppingEvent) {
                    wait();
                }
            }
            stopped = true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Device device = new Device();
        Thread request = new Thread(() -> {
            if (device.enter()) {
                assert !device.stopped : "a request runs on a stopped device";
                device.exit();
            }
        });
        Thread stopper = new Thread(() -> {
            try {
                device.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        request.start();
        stopper.start();
        request.join();
        stopper.join();
    }
}
