// expect: deadlock
// lines: 10
// about: synchronized transferTo calls the other account's synchronized deposit; a->b and b->a at once hold one monitor each and wait for the other
public class DeadlockSyncMethods {
    static class Account {
        int balance = 100;

        synchronized void transferTo(Account other, int amount) {
            balance -= amount;
            other.deposit(amount);
        }

        synchronized void deposit(int amount) {
            balance += amount;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account x = new Account();
        Account y = new Account();
        Thread a = new Thread(() -> x.transferTo(y, 10));
        Thread b = new Thread(() -> y.transferTo(x, 20));
        a.start();
        b.start();
        a.join();
        b.join();
        assert x.balance + y.balance == 200 : "money was created or destroyed";
    }
}
