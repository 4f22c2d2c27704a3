import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class Primes {

    /** Every prime below {@code n}, ascending. */
    static List<Integer> below(int n) {
        List<Integer> primes = new ArrayList<>();
        IntStream.range(2, Math.max(2, n)).parallel()
                .filter(Primes::isPrime)
                .forEachOrdered(primes::add);
        return primes;
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) return false;
        }
        return true;
    }
}
