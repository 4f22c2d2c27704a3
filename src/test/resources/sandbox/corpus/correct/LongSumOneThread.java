// expect: none
// lines:
// about: one thread fills and sums a 12,000-element array: more than 20,000 steps in one schedule, but it ends; a long program is not a hang
public class LongSumOneThread {
    static final int[] values = new int[12_000];

    public static void main(String[] args) {
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7;
        }
        long sum = 0;
        for (int v : values) {
            sum += v;
        }
        assert sum == 35_995 : sum;
    }
}
