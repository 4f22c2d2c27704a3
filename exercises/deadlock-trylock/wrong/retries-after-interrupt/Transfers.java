import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

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
                        if (to.lock.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                            try {
                                from.add(-amount);
                                to.add(amount);
                                return true;
                            } finally {
                                to.lock.unlock();
                            }
                        }
                    } finally {
                        from.lock.unlock();      // never wait (or sleep) while holding a lock
                    }
                }
                // Back off, holding nothing, a little longer each time. Real code would add a random part
                // (ThreadLocalRandom) so that two threads do not retry in lock step.
                try {
                    Thread.sleep(attempt);
                } catch (InterruptedException e) {
                    // WRONG: "just a shorter back-off": the interrupt is swallowed and the next attempt goes on
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();  // the finally blocks above already released the locks
            return false;
        }
    }
}
