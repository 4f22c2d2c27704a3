class Account {

    private final Object lock = new Object();
    private int balance;

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

    boolean withdraw(int amount) {
        synchronized (lock) {
            boolean covered = balance >= amount;
            if (covered) {
                approve(amount);
                balance = balance - amount;
            }
            return covered;
        }
    }

    int balance() {
        synchronized (lock) {
            return balance;
        }
    }
}
