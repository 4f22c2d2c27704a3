package dev.threadlings.sandbox.runtime.race;

/**
 * Two accesses to the same variable, at least one a write, with no happens-before between them.
 *
 * @param variable    what was accessed, for people ({@code Worker.stop}, {@code int[] counts[3]})
 * @param first       the earlier access in the schedule
 * @param second      the later one, whose check found the race
 */
public record Race(String variable, Access first, Access second) {
    /** One side: thread id, whether it wrote, where, and how many scheduling decisions came before it. */
    public record Access(int thread, boolean write, String location, int decision) {
        public Access(int thread, boolean write, String location) {
            this(thread, write, location, 0);
        }

        String verb() {
            return write ? "writes" : "reads";
        }
    }

    /** The same race seen again (in this schedule or another) has the same key: variable and both locations. */
    public String key() {
        String a = first.location() + (first.write() ? "w" : "r");
        String b = second.location() + (second.write() ? "w" : "r");
        return variable + "|" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
    }

    /** The write first when only one side writes: "main writes at A.java:9, T1 reads at A.java:4". */
    Access[] ordered() {
        return !first.write() && second.write() ? new Access[] {second, first} : new Access[] {first, second};
    }
}
