import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

// A plausible wrong solution: every path it thought of unlocks, but not from a finally block.
class Bank {

    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    void transfer(int from, int to, int amount) {
        Objects.checkIndex(from, balances.length);   // "nothing can throw once the lock is held"
        Objects.checkIndex(to, balances.length);
        lock.lock();
        if (balances[from] < amount) {
            lock.unlock();
            throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
        }
        balances[from] -= amount;
        balances[to] += amount;
        lock.unlock();                               // WRONG: not in a finally block
    }

    int balance(int account) {
        Objects.checkIndex(account, balances.length);
        lock.lock();
        int balance = balances[account];
        lock.unlock();                               // WRONG: not in a finally block
        return balance;
    }

    int total() {
        lock.lock();
        try {
            int sum = 0;
            for (int balance : balances) {
                sum += balance;
            }
            return sum;
        } finally {
            lock.unlock();
        }
    }
}
