package dev.threadlings.progress;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second process for {@link ProgressStoreTwoProcessesTest}: waits for the go file, then passes exercises
 * {@code <prefix>-1} … {@code <prefix>-<rounds>} and marks a lesson read each round, one {@link
 * ProgressStore#update} per change, as a console does.
 */
public final class ProgressWriterProcess {
    private ProgressWriterProcess() {}

    public static void main(String[] args) throws Exception {
        ProgressStore store = new ProgressStore(Path.of(args[0]));
        String prefix = args[1];
        int rounds = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        for (int i = 1; i <= rounds; i++) {
            String id = prefix + "-" + i;
            store.update(p -> p.withPassed(id));
            store.update(p -> p.withRead(id).withCurrentLesson(id));
        }
    }
}
