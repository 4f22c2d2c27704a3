import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

class BatchingSubscriber implements Flow.Subscriber<String> {

    private final int batch;
    private final CompletableFuture<List<String>> result = new CompletableFuture<>();
    // Touched only inside the signals, which a publisher delivers one at a time, each ordered before the next.
    private final List<String> items = new ArrayList<>();
    private Flow.Subscription subscription;
    private int leftInBatch;

    // Collects every item of one publisher, asking for at most `batch` items at a time.
    BatchingSubscriber(int batch) {
        this.batch = batch;
    }

    // Completes with every item, in order, when the publisher completes; exceptionally when it fails.
    CompletableFuture<List<String>> result() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        leftInBatch = batch;
        subscription.request(batch);
    }

    @Override
    public void onNext(String item) {
        items.add(item);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(List.copyOf(items));    // the future hands the list to whoever waits for it
    }
}
