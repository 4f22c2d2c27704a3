import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

class Account {
    final ReentrantLock lock = new ReentrantLock();
    private int balance;

    Account(int balance) {
        this.balance = balance;
    }

    int balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    void add(int amount) {
        balance += amount;
    }
}

class Transfers {
    static final int ATTEMPTS = 3;
    static final long WAIT_MS = 5;

    static boolean tryTransfer(Account from, Account to, int amount) {
        int attempts = 0;
        while (attempts++ < ATTEMPTS) {
            boolean gotFrom = false;
            boolean gotTo = false;
            try {
                gotFrom = from.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS);
                gotTo = gotFrom && to.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS);
                if (gotTo) {
                    from.add(-amount);
                    to.add(amount);
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                if (gotTo) to.lock.unlock();
                if (gotFrom) from.lock.unlock();
            }
            try {
                Thread.sleep(Duration.ofMillis(attempts * 2L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
