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
        if (balance(from) < amount) {
            throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
        }
        lock.lock();
        try {
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
        lock.lock();
        try {
            int sum = 0;
            for (int balance : balances) sum += balance;
            return sum;
        } finally {
            lock.unlock();
        }
    }
}
