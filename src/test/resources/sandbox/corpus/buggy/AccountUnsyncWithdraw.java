// expect: assertion
// lines: 9, 13
// about: deposit() and balance() are synchronized but withdraw() is not: its balance -= n can interleave with a deposit and undo it
public class AccountUnsyncWithdraw {
    static final class Account {
        private int balance = 100;

        synchronized void deposit(int n) {
            balance += n;
        }

        void withdraw(int n) {
            balance -= n;
        }

        synchronized int balance() {
            return balance;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Thread payIn = new Thread(() -> account.deposit(50));
        Thread payOut = new Thread(() -> account.withdraw(30));
        payIn.start();
        payOut.start();
        payIn.join();
        payOut.join();
        assert account.balance() == 120 : "balance " + account.balance() + ", expected 120";
    }
}
