import java.util.concurrent.ThreadLocalRandom;
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
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                if (moveIfBothLocked(from, to, amount)) {
                    return true;
                }
                TimeUnit.MILLISECONDS.sleep(1 + attempt * 2L + ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    // true when it got both locks and moved the money; holds no lock when it returns or throws
    private static boolean moveIfBothLocked(Account from, Account to, int amount) throws InterruptedException {
        if (!from.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
            return false;
        }
        try {
            if (!to.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                return false;
            }
            try {
                from.add(-amount);
                to.add(amount);
                return true;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }
}
