// expect: none
// lines:
// about: enter() checks the flag and counts the request in holding the device's monitor, where stop() sets the flag: a request is either counted before the stop or turned away
public class BluetoothStopFixed {
    static final class Device {
        volatile boolean stopped;
        private boolean stoppingFlag;
        private int pendingIo = 1;
        private boolean stoppingEvent;

        synchronized boolean enter() {
            if (stoppingFlag) {
                return false;
            }
            pendingIo++;
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
            synchronized (this) {
                stoppingFlag = true;
            }
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
