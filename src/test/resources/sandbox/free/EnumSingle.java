// race-free: a free run must not report it (found by review)
public class EnumSingle {
    enum Config { INSTANCE; int[] table = new int[8]; Config() { for (int i = 0; i < 8; i++) table[i] = i * i; } int size = 8; }
    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> System.out.println(Config.INSTANCE.table[3] + Config.INSTANCE.size));
        Thread b = new Thread(() -> System.out.println(Config.INSTANCE.table[3] + Config.INSTANCE.size));
        a.start(); b.start(); a.join(); b.join();
    }
}
