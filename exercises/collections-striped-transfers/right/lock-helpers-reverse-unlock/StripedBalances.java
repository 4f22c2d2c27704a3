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
        lockInOrder(a, b);
        try {
            maps[a].merge(from, -amount, Long::sum);
            maps[b].merge(to, amount, Long::sum);
        } finally {
            unlockBoth(a, b);
        }
    }

    long total() {
        lockAll();
        try {
            long sum = 0;
            for (Map<String, Long> stripe : maps) {
                sum += stripe.values().stream().mapToLong(Long::longValue).sum();
            }
            return sum;
        } finally {
            unlockAll();
        }
    }

    /** Lower stripe index first: every thread takes them in the same order, so no two wait for each other. */
    private void lockInOrder(int a, int b) {
        locks[Math.min(a, b)].lock();
        locks[Math.max(a, b)].lock();          // the same lock again when a == b: ReentrantLock counts it
    }

    private void unlockBoth(int a, int b) {
        locks[Math.max(a, b)].unlock();
        locks[Math.min(a, b)].unlock();
    }

    private void lockAll() {
        for (ReentrantLock lock : locks) {
            lock.lock();
        }
    }

    private void unlockAll() {
        for (int i = locks.length - 1; i >= 0; i--) {
            locks[i].unlock();
        }
    }
}
