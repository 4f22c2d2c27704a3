import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

// A plausible wrong fix: tryLock with a timeout for the first lock only; the second is taken with lock(). A thread
// holding `from` still waits for ever for `to` — hold and wait — so opposite transfers can still deadlock.
class Account {

    final ReentrantLock lock = new ReentrantLock();
    private int balance;                 // guarded by lock

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

    void add(int amount) {               // the caller must hold lock
        balance += amount;
    }
}

class Transfers {

    static final int ATTEMPTS = 3;       // attempts before giving up
    static final long WAIT_MS = 5;       // how long to try for each lock in one attempt

    // Moves amount from `from` to `to` and returns true; returns false, having changed nothing, if it
    // could not get both locks.
    static boolean tryTransfer(Account from, Account to, int amount) {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                if (from.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                    try {
                        to.lock.lock();          // "I already have the first lock, the second will come"
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
                Thread.sleep(attempt);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
