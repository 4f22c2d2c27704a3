import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

class Account {

    private final ReentrantLock lock = new ReentrantLock();
    private int balance;

    Account(int openingBalance) {
        balance = openingBalance;
    }

    /** A slow approval service. Keep the call: the check and the update must stay correct around it. */
    private static void approve(int amount) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean withdraw(int amount) {
        try {
            if (!lock.tryLock(100, TimeUnit.MILLISECONDS)) {
                return false;   // WRONG: gives up while another customer is being approved
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (balance >= amount) {
                approve(amount);
                balance -= amount;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    int balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }
}
