// race-free: a free run must not report it (found by review)
import java.util.Arrays;
public class ParSetAll {
    public static void main(String[] args) {
        int n = 100_000;
        int[] src = new int[n];
        for (int i = 0; i < n; i++) src[i] = i;
        int[] dst = new int[n];
        Arrays.parallelSetAll(dst, i -> src[i] * 2);
        System.out.println(dst[n - 1]);
    }
}
