class Account {

    final int id;
    int balance;

    Account(int id, int balance) {
        this.id = id;
        this.balance = balance;
    }

    synchronized int balance() {
        return balance;
    }
}

class Accounts {

    // WRONG: a.id - b.id overflows for ids far apart, and then both accounts "come first"
    private static final java.util.Comparator<Account> BY_ID = (a, b) -> a.id - b.id;

    static void transfer(Account from, Account to, int amount) {
        boolean fromFirst = BY_ID.compare(from, to) < 0;
        Account first = fromFirst ? from : to;
        Account second = fromFirst ? to : from;
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
