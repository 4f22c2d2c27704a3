// expect: none
// lines:
// about: three transfers around a cycle of accounts (a to b, b to c, c to a) each lock the lower account id first, so no lock cycle can form; the total is conserved
import java.util.concurrent.locks.ReentrantLock;

public class LockOrderById {
    static final class Account {
        final int id;
        final ReentrantLock lock = new ReentrantLock();
        int balance = 50;

        Account(int id) {
            this.id = id;
        }
    }

    static void transfer(Account from, Account to, int amount) {
        Account first = from.id < to.id ? from : to;
        Account second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account a = new Account(1), b = new Account(2), c = new Account(3);
        Thread t1 = new Thread(() -> transfer(a, b, 10));
        Thread t2 = new Thread(() -> transfer(b, c, 20));
        Thread t3 = new Thread(() -> transfer(c, a, 30));
        t1.start();
        t2.start();
        t3.start();
        t1.join();
        t2.join();
        t3.join();
        assert a.balance == 70 && b.balance == 40 && c.balance == 40 : a.balance + " " + b.balance + " " + c.balance;
    }
}
