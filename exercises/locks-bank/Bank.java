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
            throw new IllegalArgumentException("account " + from + " cannot pay " + amount);
        }
        balances[from] -= amount;
        balances[to] += amount;
        lock.unlock();
    }

    int balance(int account) {
        return balances[account];
    }

    int total() {
        int sum = 0;
        for (int balance : balances) {
            sum += balance;
        }
        return sum;
    }
}
