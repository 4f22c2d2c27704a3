// expect: not-modelled
// lines:
// about: correct (the stream collects its own results), but a parallel stream runs on common-pool workers the sandbox does not manage: it must say it could not check it
import java.util.List;
import java.util.stream.IntStream;

public class ParallelStreamForEachAddFixed {
    public static void main(String[] args) {
        List<Integer> squares = IntStream.range(0, 4).parallel().map(i -> i * i).boxed().toList();
        assert squares.equals(List.of(0, 1, 4, 9)) : "wrong squares: " + squares;
    }
}
