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
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                if (from.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                    // WRONG: an interrupt in the second tryLock throws past every unlock below, holding from's lock
                    if (to.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                        from.add(-amount);
                        to.add(amount);
                        to.lock.unlock();
                        from.lock.unlock();
                        return true;
                    }
                    from.lock.unlock();
                }
                Thread.sleep(attempt * 2L);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
