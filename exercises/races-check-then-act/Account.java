class Account {

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
        if (balance >= amount) {       // check
            approve(amount);
            balance -= amount;         // act
            return true;
        }
        return false;
    }

    int balance() {
        return balance;
    }
}
