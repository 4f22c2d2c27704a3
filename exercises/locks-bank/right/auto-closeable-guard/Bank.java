import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

class Bank {
    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    /** The lock, held until close(): try-with-resources releases it on every path. */
    private record Held(ReentrantLock lock) implements AutoCloseable {
        @Override
        public void close() {
            lock.unlock();
        }
    }

    private Held locked() {
        lock.lock();
        return new Held(lock);
    }

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    void transfer(int from, int to, int amount) {
        try (Held held = locked()) {
            Objects.checkIndex(to, balances.length);   // no such account: thrown before any money moves
            if (balances[from] < amount) {
                throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
            }
            balances[from] -= amount;
            balances[to] += amount;
        }
    }

    int balance(int account) {
        try (Held held = locked()) {
            return balances[account];
        }
    }

    int total() {
        try (Held held = locked()) {
            return Arrays.stream(balances).sum();
        }
    }
}
