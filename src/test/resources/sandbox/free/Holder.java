// race-free: a free run must not report it (found by review)
public class Holder {
    static class Singleton { int value; Singleton() { value = 42; } }
    static class H { static final Singleton INSTANCE = new Singleton(); }
    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> System.out.println(H.INSTANCE.value));
        Thread b = new Thread(() -> System.out.println(H.INSTANCE.value));
        a.start(); b.start(); a.join(); b.join();
    }
}
