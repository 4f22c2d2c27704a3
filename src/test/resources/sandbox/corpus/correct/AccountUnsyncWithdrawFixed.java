// expect: none
// lines:
// about: withdraw() is synchronized like deposit(): the two updates exclude each other
public class AccountUnsyncWithdrawFixed {
    static final class Account {
        private int balance = 100;

        synchronized void deposit(int n) {
            balance += n;
        }

        synchronized void withdraw(int n) {
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
