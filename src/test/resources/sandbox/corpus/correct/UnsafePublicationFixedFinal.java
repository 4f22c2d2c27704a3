// expect: none
// lines:
// about: name is a final field set in the constructor and the object is published only after construction; final-field semantics make it safe even through a plain field
public class UnsafePublicationFixedFinal {
    static class Config {
        final String name;

        Config(String name) {
            this.name = name;
        }
    }

    static Config current;

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            Config c = new Config("prod");
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
