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

    void transfer(String from, String to, long amount) {
        int a = stripe(from), b = stripe(to);
        if (a == b) {                                   // one stripe: one lock is enough
            locks[a].lock();
            try {
                Map<String, Long> accounts = maps[a];
                accounts.put(from, accounts.getOrDefault(from, 0L) - amount);
                accounts.put(to, accounts.getOrDefault(to, 0L) + amount);
            } finally {
                locks[a].unlock();
            }
            return;
        }
        ReentrantLock low = locks[Math.min(a, b)];
        ReentrantLock high = locks[Math.max(a, b)];
        low.lock();
        try {
            high.lock();
            try {
                maps[a].put(from, maps[a].getOrDefault(from, 0L) - amount);
                maps[b].put(to, maps[b].getOrDefault(to, 0L) + amount);
            } finally {
                high.unlock();
            }
        } finally {
            low.unlock();
        }
    }

    long total() {
        return sumFrom(0);
    }

    /** Holds stripes 0..i-1 already; locks stripe i, and adds it to the rest while still holding it. */
    private long sumFrom(int i) {
        if (i == locks.length) {
            long sum = 0;
            for (Map<String, Long> stripe : maps) {
                for (long balance : stripe.values()) sum += balance;
            }
            return sum;
        }
        locks[i].lock();
        try {
            return sumFrom(i + 1);
        } finally {
            locks[i].unlock();
        }
    }
}
