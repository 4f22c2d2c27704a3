package dev.threadlings.sandbox;

import java.util.List;

/**
 * The concurrency sandbox: compile a scenario (without running it), instrument it, explore its schedules in a VM
 * of its own, and report the first failing interleaving with its trace — or how much was explored without one.
 */
public final class Sandbox {
    private Sandbox() {}

    public static SandboxReport explore(Scenario scenario, ExploreSettings settings) {
        CompiledScenario compiled = CompiledScenario.compile(scenario);
        if (!compiled.compiled()) {
            return new SandboxReport("compile-error", "the code does not compile", compiled.problems(), List.of(),
                    List.of(), List.of(), 0, 0, false, 0, "", 0, 0);
        }
        return explore(compiled, settings);
    }

    public static SandboxReport explore(CompiledScenario compiled, ExploreSettings settings) {
        var instrumented = new Instrumenter(compiled.classes(), compiled.sources())
                .instrumentAll(settings.strategy().equals("free"));
        return ExplorerProcess.run(instrumented, compiled.plan(), compiled.sources(), settings);
    }
}
