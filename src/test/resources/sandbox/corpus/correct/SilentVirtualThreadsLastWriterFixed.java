// expect: none
// lines:
// about: the last writer is recorded with a volatile write; volatile writes are totally ordered
public class SilentVirtualThreadsLastWriterFixed {
    static volatile int lastUser;

    public static void main(String[] args) throws InterruptedException {
        Thread a = Thread.ofVirtual().start(() -> lastUser = 1);
        Thread b = Thread.ofVirtual().start(() -> lastUser = 2);
        a.join();
        b.join();
        assert lastUser == 1 || lastUser == 2;
    }
}
