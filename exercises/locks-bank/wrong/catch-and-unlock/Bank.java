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
        try {
            if (balances[from] < amount) {
                throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
            }
            balances[from] -= amount;
            balances[to] += amount;
        } catch (IllegalArgumentException refused) {
            lock.unlock();               // WRONG: only this exception releases the lock
            throw refused;
        }
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
