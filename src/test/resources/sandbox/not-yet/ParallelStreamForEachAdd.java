// expect: data-race
// lines: 11
// about: a parallel stream's forEach adds to a plain ArrayList from pool threads: unordered writes to the list's contents
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

public class ParallelStreamForEachAdd {
    public static void main(String[] args) {
        List<Integer> squares = new ArrayList<>();
        IntStream.range(0, 4).parallel().forEach(i -> squares.add(i * i));
        assert squares.size() == 4 : "lost elements: " + squares;
    }
}
