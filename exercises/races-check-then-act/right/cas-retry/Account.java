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
        while (true) {
            int seen = balance.get();
            if (seen < amount) {
                return false;
            }
            approve(amount);
            // take the money only if nobody changed the balance since we checked it; otherwise check again
            if (balance.compareAndSet(seen, seen - amount)) {
                return true;
            }
        }
    }

    int balance() {
        return balance.get();
    }
}
