// expect: none
// lines:
// about: the listener is registered by the creating code after the constructor has finished, so `this` never escapes half-built
public class ThisEscapeFixed {
    static volatile Listener registered;

    static class Listener {
        final int id;

        Listener(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread creator = new Thread(() -> registered = new Listener(7));
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
