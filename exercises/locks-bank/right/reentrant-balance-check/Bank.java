import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

class Bank {
    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock(true);

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    void transfer(int from, int to, int amount) {
        lock.lock();
        try {
            Objects.checkIndex(to, balances.length);
            if (balance(from) < amount) {        // reentrant: balance takes the lock again
                throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
            }
            balances[from] -= amount;
            balances[to] += amount;
        } finally {
            lock.unlock();
        }
    }

    int balance(int account) {
        lock.lock();
        try {
            return balances[account];
        } finally {
            lock.unlock();
        }
    }

    int total() {
        int[] copy;
        lock.lock();
        try {
            copy = balances.clone();
        } finally {
            lock.unlock();
        }
        return Arrays.stream(copy).sum();
    }
}
