// expect: assertion
// lines: 8, 10
// about: balance() and withdraw() are each synchronized but check-then-act across the two calls is not; both withdrawals of 80 pass the check
public class BankOverdraft {
    static class Account {
        private int balance = 100;

        synchronized int balance() { return balance; }

        synchronized void withdraw(int amount) { balance -= amount; }
    }

    static void pay(Account account, int amount) {
        if (account.balance() >= amount) {
            account.withdraw(amount);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Thread a = new Thread(() -> pay(account, 80));
        Thread b = new Thread(() -> pay(account, 80));
        a.start();
        b.start();
        a.join();
        b.join();
        assert account.balance() >= 0 : "overdraft: balance = " + account.balance();
    }
}
