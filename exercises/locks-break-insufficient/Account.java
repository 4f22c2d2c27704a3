/** A shared account: every method that touches the balance is synchronized. */
class Account {
    private int balance = 100;

    synchronized int balance() {
        return balance;
    }

    synchronized void withdraw(int amount) {
        balance -= amount;
    }

    /** Withdraws {@code amount} when the balance covers it; says whether it did. */
    boolean withdrawIfCovered(int amount) {
        if (balance() >= amount) {
            withdraw(amount);
            return true;
        }
        return false;
    }
}
