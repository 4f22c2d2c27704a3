import java.util.Arrays;
import java.util.Objects;
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
            Objects.checkIndex(to, balances.length);   // no such account: thrown before any money moves
            if (balances[from] < amount) {
                throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
            }
            balances[from] -= amount;
            balances[to] += amount;
        } finally {
            lock.unlock();   // runs on the normal path and when the exception above is thrown
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
