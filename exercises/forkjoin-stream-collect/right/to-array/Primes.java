import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

class Primes {
    static List<Integer> below(int n) {
        int[] primes = IntStream.range(0, n).parallel().filter(Primes::isPrime).toArray();
        return Arrays.stream(primes).boxed().toList();
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) return false;
        }
        return true;
    }
}
