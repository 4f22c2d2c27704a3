package dev.threadlings.sandbox;

import dev.threadlings.sandbox.runtime.Finding;
import dev.threadlings.sandbox.runtime.ExploreSettings;

/**
 * The concurrency sandbox: compile a scenario (without running it), instrument it, explore its schedules in a VM
 * of its own, and report the first failing interleaving with its trace — or how much was explored without one.
 */
public final class Sandbox {
    private Sandbox() {}

    /** Never throws: a failure of the sandbox itself is an {@link SandboxOutcome#ERROR} report. */
    public static SandboxReport explore(Scenario scenario, ExploreSettings settings) {
        try {
            return compileAndExplore(scenario, settings);
        } catch (RuntimeException | LinkageError | VirtualMachineError | AssertionError e) {
            return SandboxReport.internalError(e);
        }
    }

    /** Never throws, as {@link #explore(Scenario, ExploreSettings)}. */
    public static SandboxReport explore(CompiledScenario compiled, ExploreSettings settings) {
        try {
            return instrumentAndRun(compiled, settings);
        } catch (RuntimeException | LinkageError | VirtualMachineError | AssertionError e) {
            return SandboxReport.internalError(e);
        }
    }

    private static SandboxReport compileAndExplore(Scenario scenario, ExploreSettings settings) {
        CompiledScenario compiled = CompiledScenario.compile(scenario);
        if (!compiled.compiled()) {
            return SandboxReport.unexplored(new Finding.NotCompiled(compiled.problems()));
        }
        return instrumentAndRun(compiled, settings).withCode(scenario::lineAt);
    }

    private static SandboxReport instrumentAndRun(CompiledScenario compiled, ExploreSettings settings) {
        var instrumented = new Instrumenter(compiled.classes(), compiled.sources())
                .instrumentAll(settings.freeRun());
        return ExplorerProcess.run(instrumented, compiled.plan(), compiled.sources(), settings);
    }
}
