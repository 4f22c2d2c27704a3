import java.util.concurrent.atomic.AtomicLong;

class Tickets {

    private final AtomicLong next = new AtomicLong(1);

    long take() {
        return next.getAndIncrement();
    }

    long peek() {
        return next.get();
    }
}
