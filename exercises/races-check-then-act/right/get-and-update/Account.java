import java.util.concurrent.atomic.AtomicInteger;

class Account {

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
        // the function may run again if another thread got in first; it checks, approves and takes each time
        int before = balance.getAndUpdate(b -> {
            if (b < amount) {
                return b;
            }
            approve(amount);
            return b - amount;
        });
        return before >= amount;
    }

    int balance() {
        return balance.get();
    }
}
