import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

class Bank {

    // every transfer installs a fresh copy under the lock; readers take the lock too and read one snapshot
    private int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    void transfer(int from, int to, int amount) {
        lock.lock();
        try {
            int[] next = balances.clone();
            if (next[from] < amount) {
                throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
            }
            next[from] -= amount;
            next[to] += amount;
            balances = next;
        } finally {
            lock.unlock();
        }
    }

    private int[] snapshot() {
        lock.lock();
        try {
            return balances;
        } finally {
            lock.unlock();
        }
    }

    int balance(int account) {
        return snapshot()[account];
    }

    int total() {
        int sum = 0;
        for (int b : snapshot()) {
            sum += b;
        }
        return sum;
    }
}
