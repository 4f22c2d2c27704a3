// expect: none
// lines:
// about: main joins the stage before it reads: the stage's write happens before join() returns
import java.util.concurrent.CompletableFuture;

public class AsyncResultNotJoinedFixed {
    static String greeting;

    public static void main(String[] args) {
        CompletableFuture<Void> stage = CompletableFuture.runAsync(() -> greeting = "hello");
        stage.join();
        assert "hello".equals(greeting) : "the stage has not run: " + greeting;
    }
}
