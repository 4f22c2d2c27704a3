// expect: assertion
// lines: 14, 19
// about: async stages joined in a stream pipeline (f -> f.join()) each count their run with runs++ on a plain field; two stages can interleave and lose one
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

public class JoinInStreamPipelineLostUpdate {
    static int runs;

    public static void main(String[] args) {
        List<CompletableFuture<Integer>> futures = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    runs++;
                    return i;
                }))
                .toList();
        int sum = futures.stream().map(f -> f.join()).mapToInt(Integer::intValue).sum();
        assert sum == 3 && runs == 3 : "sum = " + sum + ", runs = " + runs;
    }
}
