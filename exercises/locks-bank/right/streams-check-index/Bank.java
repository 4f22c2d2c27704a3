import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

class Bank {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Integer> balances;

    Bank(int accounts, int openingBalance) {
        balances = new ArrayList<>(Collections.nCopies(accounts, openingBalance));
    }

    void transfer(int from, int to, int amount) {
        lock.lock();
        try {
            Objects.checkIndex(to, balances.size());
            int available = balances.get(from);
            if (available < amount) {
                throw new IllegalArgumentException("account " + from + " has only " + available);
            }
            balances.set(from, available - amount);
            balances.set(to, balances.get(to) + amount);
        } finally {
            lock.unlock();
        }
    }

    int balance(int account) {
        lock.lock();
        try {
            return balances.get(account);
        } finally {
            lock.unlock();
        }
    }

    int total() {
        lock.lock();
        try {
            return balances.stream().mapToInt(Integer::intValue).sum();
        } finally {
            lock.unlock();
        }
    }
}
