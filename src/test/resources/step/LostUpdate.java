class Counter {
    int count;

    void increment() {
        count++;
    }
}

void main() throws InterruptedException {
    Counter counter = new Counter();
    Thread a = new Thread(counter::increment);
    Thread b = new Thread(counter::increment);
    a.start();
    b.start();
    a.join();
    b.join();
    assert counter.count == 2 : "two increments, but count is " + counter.count;
}
