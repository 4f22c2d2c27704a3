// expect: data-race
// lines: 15, 21
// about: the second worker fills its slot with System.arraycopy and main reads the array with Arrays.toString before joining it: the JDK calls read and write the elements where instrumentation does not reach, and that element is unordered
import java.util.Arrays;

public class ArraysHelpersSilentRace {
    static final int[] slots = new int[2];

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> Arrays.fill(slots, 0, 1, 7));
        Thread second = new Thread(() -> copyInto(new int[] {9}));
        first.start();
        second.start();
        first.join();
        String shown = Arrays.toString(slots);
        second.join();
        assert shown.startsWith("[7, ") : shown;
    }

    static void copyInto(int[] source) {
        System.arraycopy(source, 0, slots, 1, 1);
    }
}
