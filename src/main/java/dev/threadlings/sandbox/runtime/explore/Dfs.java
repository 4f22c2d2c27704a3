package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * Systematic search over schedules with at most {@code bound} preemptions (CHESS, Musuvathi and Qadeer): after
 * each run, backtrack to the deepest decision with an untried alternative that stays within the bound. A liberty
 * (a timed wait ending early, a spurious wake-up) and a yielding thread going on count as preemptions.
 */
final class Dfs {
    private static final class Node {
        final Decision decision;
        final int preemptionsBefore;
        final List<Integer> tried = new ArrayList<>();

        Node(Decision decision, int preemptionsBefore) {
            this.decision = decision;
            this.preemptionsBefore = preemptionsBefore;
            tried.add(decision.chosen());
        }

        int chosenLast() {
            return tried.getLast();
        }
    }

    private final int bound;
    private final List<Node> stack = new ArrayList<>();
    private List<Integer> prefix = List.of();
    private boolean exhausted;

    Dfs(int bound) {
        this.bound = bound;
    }

    /** The strategy for the next run: follow the prefix, then never preempt. */
    Strategy next() {
        return new Strategy.Guided(prefix, new Strategy.NonPreemptive());
    }

    boolean exhausted() {
        return exhausted;
    }

    /** Learns the decisions of the run just made, then moves to the next schedule. */
    void finished(List<Decision> decisions) {
        for (int i = stack.size(); i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            int before = i == 0 ? 0 : stack.get(i - 1).preemptionsBefore + preemptive(stack.get(i - 1));
            stack.add(new Node(d, before));
        }
        while (stack.size() > decisions.size()) {
            stack.removeLast(); // the run diverged (nondeterminism): forget what it did not reach
        }
        while (!stack.isEmpty()) {
            Node top = stack.getLast();
            Integer alt = untried(top);
            if (alt != null) {
                top.tried.add(alt);
                List<Integer> p = new ArrayList<>();
                for (Node n : stack) {
                    p.add(n.chosenLast());
                }
                prefix = p;
                return;
            }
            stack.removeLast();
        }
        exhausted = true;
    }

    private Integer untried(Node n) {
        for (int id : n.decision.runnable()) {
            if (n.tried.contains(id)) {
                continue;
            }
            if (n.preemptionsBefore + (n.decision.preempts(id) ? 1 : 0) <= bound) {
                return id;
            }
        }
        return null;
    }

    private static int preemptive(Node n) {
        return n.decision.preempts(n.chosenLast()) ? 1 : 0;
    }
}
