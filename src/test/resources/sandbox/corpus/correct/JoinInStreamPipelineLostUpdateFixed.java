// expect: none
// lines:
// about: the async stages joined in a stream pipeline count their runs with an AtomicInteger, so no increment is lost
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

public class JoinInStreamPipelineLostUpdateFixed {
    static final AtomicInteger runs = new AtomicInteger();

    public static void main(String[] args) {
        List<CompletableFuture<Integer>> futures = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    runs.incrementAndGet();
                    return i;
                }))
                .toList();
        int sum = futures.stream().map(f -> f.join()).mapToInt(Integer::intValue).sum();
        assert sum == 3 && runs.get() == 3 : "sum = " + sum + ", runs = " + runs;
    }
}
