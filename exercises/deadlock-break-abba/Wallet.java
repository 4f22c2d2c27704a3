/** A wallet: a transfer locks both wallets, so nobody sees the money in flight. */
class Wallet {
    private int balance;

    Wallet(int balance) {
        this.balance = balance;
    }

    void transferTo(Wallet to, int amount) {
        synchronized (this) {
            synchronized (to) {
                balance -= amount;
                to.balance += amount;
            }
        }
    }

    synchronized int balance() {
        return balance;
    }
}
