import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

class Bank {
    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    // every method runs its body through here, so there is one lock() and one unlock() to get right
    private <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    void transfer(int from, int to, int amount) {
        locked(() -> {
            Objects.checkIndex(to, balances.length);   // no such account: thrown before any money moves
            if (balances[from] < amount) {
                throw new IllegalArgumentException("insufficient funds in " + from);
            }
            balances[from] -= amount;
            balances[to] += amount;
            return null;
        });
    }

    int balance(int account) {
        return locked(() -> balances[account]);
    }

    int total() {
        return locked(() -> Arrays.stream(balances).sum());
    }
}
