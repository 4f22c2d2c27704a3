import java.util.HashMap;
import java.util.Map;

class StripedBalances {

    // One object per stripe: its monitor guards its balances.
    private record Stripe(Map<String, Long> balances) {}

    private final Stripe[] stripes;

    StripedBalances(int stripes) {
        this.stripes = new Stripe[stripes];
        for (int i = 0; i < stripes; i++) this.stripes[i] = new Stripe(new HashMap<>());
    }

    private int index(String account) {
        return Math.floorMod(account.hashCode(), stripes.length);
    }

    void deposit(String account, long amount) {
        Stripe s = stripes[index(account)];
        synchronized (s) {
            s.balances().merge(account, amount, Long::sum);
        }
    }

    long balance(String account) {
        Stripe s = stripes[index(account)];
        synchronized (s) {
            return s.balances().getOrDefault(account, 0L);
        }
    }

    void transfer(String from, String to, long amount) {
        int a = index(from), b = index(to);
        synchronized (stripes[Math.min(a, b)]) {          // lower index first, whichever way the money goes
            synchronized (stripes[Math.max(a, b)]) {      // a monitor may be entered twice by its owner
                stripes[a].balances().merge(from, -amount, Long::sum);
                stripes[b].balances().merge(to, amount, Long::sum);
            }
        }
    }

    long total() {
        return sumFrom(0);
    }

    // Enters stripe i's monitor and, inside it, the next ones: all held at once, taken in index order.
    private long sumFrom(int i) {
        if (i == stripes.length) {
            long sum = 0;
            for (Stripe s : stripes) {
                for (long balance : s.balances().values()) sum += balance;
            }
            return sum;
        }
        synchronized (stripes[i]) {
            return sumFrom(i + 1);
        }
    }
}
