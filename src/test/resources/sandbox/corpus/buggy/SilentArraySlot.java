// expect: data-race
// lines: 9, 14
// about: main joins only the first worker, then reads the slot the second one writes: that element is unordered
public class SilentArraySlot {
    public static void main(String[] args) throws InterruptedException {
        long[] slots = new long[2];
        Thread first = new Thread(() -> slots[0] = 1);
        Thread second = new Thread(() -> {
            slots[1] = 2;
        });
        first.start();
        second.start();
        first.join();
        long total = slots[0] + slots[1];
        second.join();
    }
}
