// expect: none
// lines:
// about: maintenance registers a lock only where none is (putIfAbsent), so every teller locks the one monitor the account ever had
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class RegistryLockReplacedFixed {
    static final Map<String, Object> locks = new ConcurrentHashMap<>();
    static int balance;

    public static void main(String[] args) throws InterruptedException {
        locks.put("savings", new Object());
        Runnable teller = () -> {
            for (int i = 0; i < 2; i++) {
                synchronized (locks.get("savings")) {
                    balance += 10;
                }
            }
        };
        Thread first = new Thread(teller);
        Thread second = new Thread(teller);
        Thread maintenance = new Thread(() -> locks.putIfAbsent("savings", new Object()));
        first.start();
        second.start();
        maintenance.start();
        first.join();
        second.join();
        maintenance.join();
        assert balance == 40 : "a deposit was lost: balance = " + balance;
    }
}
