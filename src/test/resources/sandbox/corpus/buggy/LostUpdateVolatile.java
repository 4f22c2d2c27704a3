// expect: assertion
// lines: 8, 9
// about: volatile makes n++ visible but not atomic; the read and the write of two threads can still interleave
public class LostUpdateVolatile {
    static volatile int n;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> n++);
        Thread b = new Thread(() -> n++);
        a.start();
        b.start();
        a.join();
        b.join();
        assert n == 2 : "volatile is not atomic: n = " + n;
    }
}
