import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

    private static void inOrder(List<Account> accounts, int next, Runnable body) {
        if (next == accounts.size()) {
            body.run();
            return;
        }
        synchronized (accounts.get(next)) {
            inOrder(accounts, next + 1, body);
        }
    }

    static void transfer(Account from, Account to, int amount) {
        List<Account> order = Stream.of(from, to).distinct().sorted(Comparator.comparingInt(a -> a.id)).toList();
        inOrder(order, 0, () -> {
            if (from.balance < amount) {
                throw new IllegalArgumentException("account " + from.id + " cannot pay " + amount);
            }
            from.balance -= amount;
            to.balance += amount;
            System.out.println("moved " + amount + " from " + from.id + " to " + to.id);
        });
    }
}
