// expect: assertion
// lines: 13, 17
// about: the constructor starts a thread that reads a final field before the constructor has written it; final-field semantics only cover reads after the constructor returns
public class ThisEscapeFinal {
    static class Sensor {
        final int size;
        Thread reader;
        static int seen;

        Sensor() {
            reader = new Thread(this::peek);
            reader.start();
            size = 42;
        }

        void peek() {
            seen = size;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Sensor s = new Sensor();
        s.reader.join();
        assert Sensor.seen == 42 : "saw " + Sensor.seen;
    }
}
