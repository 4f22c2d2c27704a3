// expect: assertion
// lines: 11, 21
// about: the constructor publishes `this` before assigning its final field; another thread sees id == 0
public class ThisEscape {
    static Listener registered;

    static class Listener {
        final int id;

        Listener(int id) {
            registered = this;
            this.id = id;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread creator = new Thread(() -> new Listener(7));
        Thread user = new Thread(() -> {
            Listener l = registered;
            if (l != null) {
                assert l.id == 7 : "saw a half-constructed listener, id = " + l.id;
            }
        });
        creator.start();
        user.start();
        creator.join();
        user.join();
    }
}
