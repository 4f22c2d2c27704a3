// race-free: a free run must not report it (found by review)
public class VolCompound {
    volatile int v;
    static int data;
    public static void main(String[] args) throws Exception {
        VolCompound o = new VolCompound();
        Thread a = new Thread(() -> { data = 42; o.v = 1; });
        Thread b = new Thread(() -> {
            try { Thread.sleep(200); } catch (InterruptedException e) {}
            int seen = o.v++;                 // a volatile read-modify-write: sees a's write
            if (seen == 1) System.out.println(data);
        });
        a.start(); b.start(); a.join(); b.join();
    }
}
