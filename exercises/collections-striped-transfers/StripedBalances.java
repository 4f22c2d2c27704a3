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
        int a = stripe(from), b = stripe(to);
        locks[a].lock();
        try {
            locks[b].lock();
            try {
                maps[a].merge(from, -amount, Long::sum);
                maps[b].merge(to, amount, Long::sum);
            } finally {
                locks[b].unlock();
            }
        } finally {
            locks[a].unlock();
        }
    }

    // The sum of all balances at one moment.
    long total() {
        long sum = 0;
        for (int i = 0; i < locks.length; i++) {
            locks[i].lock();
            try {
                for (long balance : maps[i].values()) sum += balance;
            } finally {
                locks[i].unlock();
            }
        }
        return sum;
    }
}
