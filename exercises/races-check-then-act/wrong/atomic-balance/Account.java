import java.util.concurrent.atomic.AtomicInteger;

class Account {

    // WRONG: each read and each update is atomic, but the check and the act are still two separate steps.
    private final AtomicInteger balance;

    Account(int openingBalance) {
        balance = new AtomicInteger(openingBalance);
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
        if (balance.get() >= amount) {       // check
            approve(amount);
            balance.addAndGet(-amount);      // act
            return true;
        }
        return false;
    }

    int balance() {
        return balance.get();
    }
}
