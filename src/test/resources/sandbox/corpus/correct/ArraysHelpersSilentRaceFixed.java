// expect: none
// lines:
// about: each worker writes its own slot through a JDK helper (Arrays.fill of a range, System.arraycopy of one element), and main joins both before Arrays.toString reads them
import java.util.Arrays;

public class ArraysHelpersSilentRaceFixed {
    static final int[] slots = new int[2];

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> Arrays.fill(slots, 0, 1, 7));
        Thread second = new Thread(() -> copyInto(new int[] {9}));
        first.start();
        second.start();
        first.join();
        second.join();
        String shown = Arrays.toString(slots);
        assert shown.equals("[7, 9]") : shown;
    }

    static void copyInto(int[] source) {
        System.arraycopy(source, 0, slots, 1, 1);
    }
}
