// expect: none
// lines:
// about: both increments go through a synchronized method on the one shared instance, so they are mutually exclusive
public class LostUpdateIntFixed {
    private int count;

    synchronized void increment() {
        count++;
    }

    synchronized int count() {
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        LostUpdateIntFixed c = new LostUpdateIntFixed();
        Thread a = new Thread(c::increment);
        Thread b = new Thread(c::increment);
        a.start();
        b.start();
        a.join();
        b.join();
        assert c.count() == 2 : "lost update: count = " + c.count();
    }
}
