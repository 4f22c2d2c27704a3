// expect: assertion
// lines: 11, 12
// about: check-then-act lazy initialisation; both threads see null and each creates its own "singleton"
public class LazyInitRace {
    static class Service {
    }

    static Service instance;

    static Service getInstance() {
        if (instance == null) {
            instance = new Service();
        }
        return instance;
    }

    public static void main(String[] args) throws InterruptedException {
        Service[] seen = new Service[2];
        Thread a = new Thread(() -> seen[0] = getInstance());
        Thread b = new Thread(() -> seen[1] = getInstance());
        a.start();
        b.start();
        a.join();
        b.join();
        assert seen[0] == seen[1] : "two different singletons were created";
    }
}
