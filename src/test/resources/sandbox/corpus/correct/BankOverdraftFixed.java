// expect: none
// lines:
// about: the balance check and the withdrawal happen inside one synchronized tryWithdraw, so only one 80 withdrawal can succeed
public class BankOverdraftFixed {
    static class Account {
        private int balance = 100;

        synchronized int balance() { return balance; }

        synchronized boolean tryWithdraw(int amount) {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        }
    }

    static void pay(Account account, int amount) {
        account.tryWithdraw(amount);
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Thread a = new Thread(() -> pay(account, 80));
        Thread b = new Thread(() -> pay(account, 80));
        a.start();
        b.start();
        a.join();
        b.join();
        assert account.balance() == 20 : "balance = " + account.balance();
    }
}
