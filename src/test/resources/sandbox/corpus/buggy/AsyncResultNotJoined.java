// expect: assertion
// lines: 11
// about: main starts an async stage and reads what it writes without joining it; the pool thread may not have run yet
import java.util.concurrent.CompletableFuture;

public class AsyncResultNotJoined {
    static volatile String greeting;

    public static void main(String[] args) {
        CompletableFuture<Void> stage = CompletableFuture.runAsync(() -> greeting = "hello");
        assert "hello".equals(greeting) : "the stage has not run: " + greeting;
        stage.join();
    }
}
