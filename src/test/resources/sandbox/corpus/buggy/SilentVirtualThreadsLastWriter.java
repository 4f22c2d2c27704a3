// expect: data-race
// lines: 8, 9
// about: many virtual threads record the last user into one plain field; whoever wins, nothing orders the writes
public class SilentVirtualThreadsLastWriter {
    static int lastUser;

    public static void main(String[] args) throws InterruptedException {
        Thread a = Thread.ofVirtual().start(() -> lastUser = 1);
        Thread b = Thread.ofVirtual().start(() -> lastUser = 2);
        a.join();
        b.join();
    }
}
