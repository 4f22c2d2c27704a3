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
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            boolean haveFrom = false;
            boolean haveTo = false;
            try {
                haveFrom = from.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS);
                haveTo = haveFrom && to.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS);
                if (haveTo) {
                    from.add(-amount);
                    to.add(amount);
                    return true;
                }
            } catch (InterruptedException e) {
                System.out.println("[transfer] interrupted on attempt " + attempt);
                Thread.currentThread().interrupt();
                return false;
            } finally {
                if (haveTo) to.lock.unlock();
                if (haveFrom) from.lock.unlock();
            }
            try {
                TimeUnit.MILLISECONDS.sleep(attempt * 2L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
