import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

class Bank {

    private record Move(int from, int to, int amount) {
        Move {
            if (amount < 0) {
                throw new IllegalArgumentException("negative amount " + amount);
            }
        }
    }

    private final int[] balances;
    private final ReentrantLock lock = new ReentrantLock();

    Bank(int accounts, int openingBalance) {
        balances = new int[accounts];
        Arrays.fill(balances, openingBalance);
    }

    private <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    void transfer(int from, int to, int amount) {
        Move move = new Move(from, to, amount);
        locked(() -> {
            Objects.checkIndex(move.to(), balances.length);
            if (balances[move.from()] < move.amount()) {
                throw new IllegalArgumentException("account " + move.from() + " cannot pay " + move.amount());
            }
            balances[move.from()] -= move.amount();
            balances[move.to()] += move.amount();
            return null;
        });
    }

    int balance(int account) {
        return locked(() -> balances[account]);
    }

    int total() {
        return locked(() -> Arrays.stream(balances).sum());
    }
}
