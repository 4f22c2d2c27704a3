class Account {
    int balance = 100;
}

void transfer(Account from, Account to, int amount) {
    synchronized (from) {
        synchronized (to) {
            from.balance -= amount;
            to.balance += amount;
        }
    }
}

void main() throws InterruptedException {
    Account alice = new Account();
    Account bob = new Account();
    Thread a = new Thread(() -> transfer(alice, bob, 10));
    Thread b = new Thread(() -> transfer(bob, alice, 20));
    a.start();
    b.start();
    a.join();
    b.join();
}
