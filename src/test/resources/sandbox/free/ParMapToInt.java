// race-free: a free run must not report it (found by review)
import java.util.*;
public class ParMapToInt {
    static class Account { int balance; Account(int b) { balance = b; } int balance() { return balance; } }
    public static void main(String[] args) {
        List<Account> list = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) list.add(new Account(i));
        for (Account a : list) a.balance += 1;
        System.out.println(list.parallelStream().mapToInt(Account::balance).sum());
        System.out.println(list.parallelStream().filter(a -> a.balance % 2 == 0).count());
    }
}
