// expect: none
// lines:
// about: transfer locks the two accounts in a fixed order (by id) before touching either, so opposite transfers cannot deadlock
public class DeadlockSyncMethodsFixed {
    static class Account {
        final int id;
        int balance = 100;

        Account(int id) {
            this.id = id;
        }
    }

    static void transfer(Account from, Account to, int amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account x = new Account(1);
        Account y = new Account(2);
        Thread a = new Thread(() -> transfer(x, y, 10));
        Thread b = new Thread(() -> transfer(y, x, 20));
        a.start();
        b.start();
        a.join();
        b.join();
        assert x.balance + y.balance == 200 : "money was created or destroyed";
        assert x.balance == 110 : "x.balance = " + x.balance;
    }
}
