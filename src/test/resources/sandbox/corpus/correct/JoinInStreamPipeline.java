// expect: none
// lines:
// about: futures.stream().map(CompletableFuture::join) blocks inside a stream pipeline until each async stage is done; each stage computes on its own, so every order gives 0 + 1 + 4 + 9
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

public class JoinInStreamPipeline {
    public static void main(String[] args) {
        List<CompletableFuture<Integer>> futures = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> i * i))
                .toList();
        List<Integer> squares = futures.stream().map(CompletableFuture::join).toList();
        int sum = squares.stream().mapToInt(Integer::intValue).sum();
        assert sum == 14 : "sum = " + sum;
    }
}
