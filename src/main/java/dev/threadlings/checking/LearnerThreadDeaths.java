package dev.threadlings.checking;

import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.SourceMap;
import dev.threadlings.grade.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the VM's thread deaths are the learner's to answer for: a thread that runs the learner's code (its
 * outermost frame of compiled source is in the learner's file, not the check's) and died of an exception thrown
 * in the learner's code. Not a death a check's own thread suffered calling the learner's method (the check decides
 * what that means), not a task the check handed in that threw, and not an exception that came of an interrupt
 * (cancellation that ends a thread is how a thread is asked to stop).
 */
final class LearnerThreadDeaths {
    private static final int FRAMES_SHOWN = 8;

    private LearnerThreadDeaths() {}

    static List<Observation.DiedThread> of(List<RemoteShell.DiedThread> died, SourceMap sources) {
        List<Observation.DiedThread> learners = new ArrayList<>();
        for (RemoteShell.DiedThread d : died) {
            List<String> compiled = d.frames().stream()
                    .map(f -> sources.locateClassLine(f.getClassName(), f.getLineNumber()))
                    .filter(where -> where != null).toList();
            if (d.interrupted() || compiled.isEmpty() || isCheck(compiled.getFirst()) || isCheck(compiled.getLast())) {
                continue;
            }
            List<String> exception = sources.cleanStackText(d.exception()).lines().toList();
            List<String> lines = new ArrayList<>();
            lines.add("Exception in thread \"" + d.thread() + "\" " + exception.getFirst());
            d.frames().stream().limit(FRAMES_SHOWN)
                    .forEach(f -> lines.add("  " + sources.cleanStackText("at " + f)));
            if (d.frames().size() > FRAMES_SHOWN) {
                lines.add("  …");
            }
            lines.addAll(exception.subList(1, exception.size())); // its causes
            learners.add(new Observation.DiedThread(d.thread(), exception.getFirst(), compiled.getFirst(),
                    List.copyOf(lines)));
        }
        return learners;
    }

    private static boolean isCheck(String where) {
        return where.startsWith("checks.md:");
    }
}
