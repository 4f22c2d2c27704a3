import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

class Bank {

    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    void transfer(int from, int to, int amount) {
        lock.lock();
        if (balances[from] < amount) {
            lock.unlock();               // WRONG: released on the one exception it expects, but not in a finally
            throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
        }
        balances[from] -= amount;
        balances[to] += amount;
        lock.unlock();
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
