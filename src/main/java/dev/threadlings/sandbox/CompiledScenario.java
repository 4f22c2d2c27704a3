package dev.threadlings.sandbox;

import dev.threadlings.eval.CapturingControl;
import dev.threadlings.eval.RemoteShell;
import dev.threadlings.eval.SourceFileLoader;
import dev.threadlings.eval.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario compiled by JShell without running it: the class files, the calls that run its statements in
 * order, where each snippet came from, and compile errors at the learner's file:line (empty when it compiled).
 */
public record CompiledScenario(Map<String, byte[]> classes, List<String[]> plan, SourceMap sources,
                               List<String> problems) {

    public static CompiledScenario compile(Scenario scenario) {
        CapturingControl capture = new CapturingControl();
        SourceMap sources = new SourceMap();
        List<String> problems = new ArrayList<>();
        try (RemoteShell shell = RemoteShell.compileOnly(capture)) {
            capture.clearInvocations();
            for (Scenario.Part part : scenario.parts()) {
                problems.addAll(SourceFileLoader.load(shell, part.fileName(), part.text(), sources,
                        part.firstLine()).problems());
                if (!problems.isEmpty()) {
                    break;
                }
            }
        }
        return new CompiledScenario(new LinkedHashMap<>(capture.classes()), List.copyOf(capture.invocations()),
                sources, List.copyOf(problems));
    }

    public boolean compiled() {
        return problems.isEmpty();
    }
}
