class Account {

    private volatile int balance;

    Account(int openingBalance) {
        balance = openingBalance;
    }

    /** A slow approval service. Keep the call: the check and the update must stay correct around it. */
    private static void approve(int amount) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized boolean withdraw(int amount) {
        if (balance >= amount) {
            approve(amount);
            balance -= amount;
            return true;
        }
        return false;
    }

    // a volatile read is enough to see the latest balance; only the writers need the lock
    int balance() {
        return balance;
    }
}
