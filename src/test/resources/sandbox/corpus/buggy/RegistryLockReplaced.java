// expect: assertion
// lines: 16, 29
// about: tellers lock the object a registry holds for the account; maintenance registers a fresh one, so two tellers can hold different monitors around the same balance update
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class RegistryLockReplaced {
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
        Thread maintenance = new Thread(() -> locks.put("savings", new Object()));
        first.start();
        second.start();
        maintenance.start();
        first.join();
        second.join();
        maintenance.join();
        assert balance == 40 : "a deposit was lost: balance = " + balance;
    }
}
