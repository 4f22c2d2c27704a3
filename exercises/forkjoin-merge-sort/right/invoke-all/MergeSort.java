import java.util.Arrays;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.LongAdder;

class MergeSort extends RecursiveAction {

    static final int THRESHOLD = 2_000;
    static final LongAdder TASKS = new LongAdder();

    private final int[] array;
    private final int[] buffer;                 // scratch space, as long as array
    private final int from;
    private final int to;

    MergeSort(int[] array, int[] buffer, int from, int to) {
        this.array = array;
        this.buffer = buffer;
        this.from = from;
        this.to = to;
    }

    static void sort(int[] array) {
        new MergeSort(array, new int[array.length], 0, array.length).invoke(); // from outside a pool: the common pool
    }

    @Override
    protected void compute() {
        TASKS.increment();
        int size = to - from;
        if (size > THRESHOLD) {
            int mid = (from + to) >>> 1;
            invokeAll(new MergeSort(array, buffer, from, mid), new MergeSort(array, buffer, mid, to));
            merge(from, mid, to);
        } else {
            Arrays.sort(array, from, to);
        }
    }

    /** Merges the sorted ranges [from, mid) and [mid, to) of array into one sorted range [from, to). */
    private void merge(int from, int mid, int to) {
        System.arraycopy(array, from, buffer, from, to - from);
        int left = from, right = mid, out = from;
        while (left < mid && right < to) {
            array[out++] = buffer[left] <= buffer[right] ? buffer[left++] : buffer[right++];
        }
        while (left < mid) array[out++] = buffer[left++];
        while (right < to) array[out++] = buffer[right++];
    }
}
