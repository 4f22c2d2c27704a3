import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class Primes {
    static List<Integer> below(int n) {
        if (n <= 2) {
            return List.of();
        }
        return IntStream.range(2, n).parallel()
                .filter(Primes::isPrime)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    static boolean isPrime(int n) {
        return n >= 2 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }
}
