import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
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

    /** Sorts the whole array, in place, in the common pool. */
    static void sort(int[] array) {
        ForkJoinPool.commonPool().invoke(new MergeSort(array, new int[array.length], 0, array.length));
    }

    @Override
    protected void compute() {
        if (to - from <= THRESHOLD) {
            TASKS.increment();                   // WRONG: only the ranges sorted directly count
            Arrays.sort(array, from, to);        // small: sort directly
            return;
        }
        int mid = (from + to) >>> 1;
        MergeSort left = new MergeSort(array, buffer, from, mid);
        MergeSort right = new MergeSort(array, buffer, mid, to);
        left.fork();                             // the left half: for the pool
        right.compute();                         // the right half: here, now
        left.join();                             // both halves sorted...
        merge(from, mid, to);                    // ...only then merge them
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
