import java.util.ArrayDeque;
import java.util.Deque;

/** Letters for the takers: take() waits while the box is empty; post() wakes every waiting taker. */
class Mailbox {
    private final Deque<String> letters = new ArrayDeque<>();

    synchronized void post(String letter) {
        letters.addLast(letter);
        notifyAll();
    }

    synchronized String take() throws InterruptedException {
        if (letters.isEmpty()) {
            wait();
        }
        return letters.removeFirst();
    }
}
