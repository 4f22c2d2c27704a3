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
            if (!from.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                return false;
            }
            try {
                for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                    if (to.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                        try {
                            from.add(-amount);
                            to.add(amount);
                            return true;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                    Thread.sleep(attempt);    // WRONG: backs off still holding from's lock
                }
                return false;
            } finally {
                from.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
