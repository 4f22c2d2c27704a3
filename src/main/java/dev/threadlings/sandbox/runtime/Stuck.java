package dev.threadlings.sandbox.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A schedule that stopped making progress although a thread holds the baton: it is blocked or spinning in code
 * the sandbox does not model (a JDK class that blocks inside itself). Reported honestly, with where it is.
 */
final class Stuck {
    private Stuck() {}

    static Failure describe(Scheduler s) {
        List<String> lines = new ArrayList<>();
        for (Slot slot : s.slots()) {
            if (slot.finished || !slot.thread.isAlive()) {
                continue;
            }
            StackTraceElement[] stack = slot.thread.getStackTrace();
            String where = "";
            for (StackTraceElement e : stack) {
                if (!e.getClassName().startsWith("dev.threadlings.sandbox.runtime")
                        && !e.getClassName().startsWith("java.util.concurrent.locks.LockSupport")
                        && !e.getClassName().startsWith("jdk.internal.misc")) {
                    where = e.getClassName() + "." + e.getMethodName();
                    break;
                }
            }
            lines.add(slot.name() + " is " + slot.thread.getState().name().toLowerCase() + (where.isEmpty() ? ""
                    : " in " + Names.clean(where.substring(0, where.lastIndexOf('.'))) + where.substring(
                    where.lastIndexOf('.'))));
        }
        return new Failure("stuck", "a thread stopped in code the sandbox does not control (for example a "
                + "blocking call it does not model yet)", lines);
    }
}
