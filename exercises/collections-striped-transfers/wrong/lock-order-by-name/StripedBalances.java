import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

class StripedBalances {

    private final ReentrantLock[] locks;
    private final Map<String, Long>[] maps;     // maps[i] holds the accounts of stripe i, guarded by locks[i]

    @SuppressWarnings("unchecked")
    StripedBalances(int stripes) {
        locks = new ReentrantLock[stripes];
        maps = new Map[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new ReentrantLock();
            maps[i] = new HashMap<>();
        }
    }

    // An account's stripe: Math.floorMod(account.hashCode(), stripes).
    private int stripe(String account) {
        return Math.floorMod(account.hashCode(), locks.length);
    }

    void deposit(String account, long amount) {
        int i = stripe(account);
        locks[i].lock();
        try {
            maps[i].merge(account, amount, Long::sum);
        } finally {
            locks[i].unlock();
        }
    }

    long balance(String account) {
        int i = stripe(account);
        locks[i].lock();
        try {
            return maps[i].getOrDefault(account, 0L);
        } finally {
            locks[i].unlock();
        }
    }

    // Moves amount from one account to another (balances may go negative), as one step: no total() sees it half done.
    void transfer(String from, String to, long amount) {
        // always lock the alphabetically first account's stripe first: one order for everybody
        String first = from.compareTo(to) <= 0 ? from : to;
        String second = first.equals(from) ? to : from;
        ReentrantLock l1 = locks[stripe(first)], l2 = locks[stripe(second)];
        l1.lock();
        try {
            l2.lock();
            try {
                maps[stripe(from)].merge(from, -amount, Long::sum);
                maps[stripe(to)].merge(to, amount, Long::sum);
            } finally {
                l2.unlock();
            }
        } finally {
            l1.unlock();
        }
    }

    // The sum of all balances at one moment.
    long total() {
        for (ReentrantLock lock : locks) lock.lock();
        try {
            long sum = 0;
            for (Map<String, Long> m : maps) for (long balance : m.values()) sum += balance;
            return sum;
        } finally {
            for (ReentrantLock lock : locks) lock.unlock();
        }
    }
}
