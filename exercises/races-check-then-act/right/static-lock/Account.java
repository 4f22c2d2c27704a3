class Account {

    private static final Object BANK = new Object();   // one lock for the whole bank: coarse but safe
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
        synchronized (BANK) {
            boolean covered = balance >= amount;
            System.out.println(Thread.currentThread().getName() + " withdraw " + amount + " covered=" + covered);
            if (!covered) {
                return false;
            }
            approve(amount);
            balance = balance - amount;
            return true;
        }
    }

    int balance() {
        synchronized (BANK) {
            return balance;
        }
    }
}
