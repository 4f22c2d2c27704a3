// expect: none
// lines:
// about: each worker writes its own element and main joins both before reading them
public class SilentArraySlotFixed {
    public static void main(String[] args) throws InterruptedException {
        long[] slots = new long[2];
        Thread first = new Thread(() -> slots[0] = 1);
        Thread second = new Thread(() -> {
            slots[1] = 2;
        });
        first.start();
        second.start();
        first.join();
        second.join();
        long total = slots[0] + slots[1];
        assert total == 3;
    }
}
