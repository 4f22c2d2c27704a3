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

    // synchronized: the check and the act run as one step; no other thread can withdraw in between.
    synchronized boolean withdraw(int amount) {
        if (balance >= amount) {       // check
            approve(amount);
            balance -= amount;         // act
            return true;
        }
        return false;
    }

    int balance() {                    // WRONG: "reading an int is atomic": but not ordered with the withdrawals
        return balance;
    }
}
