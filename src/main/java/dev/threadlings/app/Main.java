package dev.threadlings.app;

public final class Main {
    public static void main(String[] args) {
        System.out.println("threadlings " + Runtime.version());
    }
}
