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
        // Every thread locks the account with the larger id first: any one order, the same for every thread.
        Account first = from.id > to.id ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                if (from.balance < amount) {
                    throw new IllegalArgumentException("account " + from.id + " cannot pay " + amount);
                }
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }
}
