import java.util.List;
import java.util.function.ToLongFunction;

class Crunch {

    /**
     * Applies work to every input and returns the sum of the results. work is pure CPU (no waiting), takes
     * about the same time for every input, and is safe to call from several threads at once.
     */
    static long sumOf(List<String> inputs, ToLongFunction<String> work) {
        long sum = 0;
        for (String input : inputs) {          // one core works, the others watch
            sum += work.applyAsLong(input);
        }
        return sum;
    }
}
