// expect: none
// lines:
// about: the object is fully initialised before it is stored in a volatile field, so a reader that sees it sees its name
public class UnsafePublicationFixed {
    static class Config {
        String name;
    }

    static volatile Config current;

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            Config c = new Config();
            c.name = "prod";
            current = c;
        });
        Thread reader = new Thread(() -> {
            Config c = current;
            if (c != null) {
                int length = c.name.length();
                assert length == 4 : "length = " + length;
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
    }
}
