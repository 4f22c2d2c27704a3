// race-free: a free run must not report it (found by review)
import java.util.stream.*;
public class ParInt {
    public static void main(String[] args) {
        int n = 100_000;
        int[] src = new int[n];
        for (int i = 0; i < n; i++) src[i] = i;
        int[] dst = new int[n];
        IntStream.range(0, n).parallel().forEach(i -> dst[i] = src[i] * 2);
        long s = 0; for (int x : dst) s += x;
        System.out.println(s);
    }
}
