import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

// A plausible wrong fix: transfer releases its lock in finally, but the readers still skip the lock,
// so total() can add up the balances while a transfer is half done.
class Bank {

    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    void transfer(int from, int to, int amount) {
        lock.lock();
        try {
            if (balances[from] < amount) {
                throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
            }
            balances[from] -= amount;
            balances[to] += amount;
        } finally {
            lock.unlock();
        }
    }

    int balance(int account) {
        return balances[account];      // "just a read: no lock needed"
    }

    int total() {
        int sum = 0;
        for (int balance : balances) {
            sum += balance;
        }
        return sum;
    }
}
