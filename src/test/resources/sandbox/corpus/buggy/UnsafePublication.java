// expect: exception
// lines: 14, 20
// about: the object is stored in a plain shared field before its field is written; the reader dereferences the still-null name (NPE)
public class UnsafePublication {
    static class Config {
        String name;
    }

    static Config current;

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(() -> {
            Config c = new Config();
            current = c;
            c.name = "prod";
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
