class Account {

    final int id;        // unique: no two accounts share an id
    int balance;         // guarded by this account's monitor

    Account(int id, int balance) {
        this.id = id;
        this.balance = balance;
    }

    synchronized int balance() {
        return balance;
    }
}

class Accounts {

    static void transfer(Account from, Account to, int amount) {
        // Every thread locks the account with the smaller id first, whatever the direction of the transfer,
        // so no thread ever waits for a smaller id while holding a larger one: no cycle, no deadlock.
        synchronized (Accounts.class) {              // WRONG: one lock for the whole bank
            synchronized (from.id < to.id ? from : to) {
              synchronized (from.id < to.id ? to : from) {
                if (from.balance < amount) {
                    throw new IllegalArgumentException("account " + from.id + " cannot pay " + amount);
                }
                from.balance -= amount;
                to.balance += amount;
              }
            }
        }
    }
}
