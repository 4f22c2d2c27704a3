// expect: none
// lines:
// about: two transfers take two ReentrantLocks in opposite orders, each with a timed tryLock; a transfer that cannot get the second lets go of the first and tries again, so there is no deadlock and money is conserved
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class TryLockTimeoutBackoff {
    static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        int balance = 100;
    }

    static void transfer(Account from, Account to, int amount) throws InterruptedException {
        while (true) {
            if (from.lock.tryLock(10, TimeUnit.MILLISECONDS)) {
                try {
                    if (to.lock.tryLock(10, TimeUnit.MILLISECONDS)) {
                        try {
                            from.balance -= amount;
                            to.balance += amount;
                            return;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                } finally {
                    from.lock.unlock();
                }
            }
            Thread.sleep(1); // back off, then try both again
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account();
        Account b = new Account();
        Thread t1 = new Thread(() -> {
            try {
                transfer(a, b, 30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread t2 = new Thread(() -> {
            try {
                transfer(b, a, 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        assert a.balance + b.balance == 200 : "money made or lost";
        assert a.balance == 90 && b.balance == 110 : a.balance + " " + b.balance;
    }
}
