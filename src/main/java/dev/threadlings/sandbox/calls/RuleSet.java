package dev.threadlings.sandbox.calls;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a primitive's rules: the settings ({@link #in}, {@link #receivers}, {@link #withSubclasses}) hold for the
 * rules added after them. Each stand-in is checked against its JDK method when the rule is made: it takes what the
 * call leaves on the stack (and the location, for {@link #replace}) and returns what the call did, so instrumented
 * code always verifies.
 */
final class RuleSet {
    private final Class<?> model;
    private final List<CallRule> rules = new ArrayList<>();
    private Set<CallRule.Where> where = EnumSet.of(CallRule.Where.BODY);
    private CallRule.Receivers receivers = CallRule.Receivers.ANY;
    private boolean subclasses;
    private boolean anyOwner;

    /** Rules whose stand-ins are static methods of {@code model}. */
    RuleSet(Class<?> model) {
        this.model = model;
    }

    RuleSet in(CallRule.Where first, CallRule.Where... more) {
        where = EnumSet.of(first, more);
        return this;
    }

    RuleSet receivers(CallRule.Receivers r) {
        receivers = r;
        return this;
    }

    RuleSet withSubclasses(boolean yes) {
        subclasses = yes;
        return this;
    }

    RuleSet anyOwner(boolean yes) {
        anyOwner = yes;
        return this;
    }

    /** Calls of {@code source} become calls of {@code standIn} with the location pushed last. */
    RuleSet replace(JdkMethod source, String standIn) {
        StandIn target = StandIn.of(model, standIn);
        check(source, target, true);
        return add(source, new Rewrite.Replace(target));
    }

    /** Calls of {@code source} become calls of {@code standIn}, same arguments. */
    RuleSet plain(JdkMethod source, String standIn) {
        StandIn target = StandIn.of(model, standIn);
        check(source, target, false);
        return add(source, new Rewrite.Plain(target));
    }

    /** In a free run, calls of {@code source} stay and the race detector hears of {@code handOff}. */
    RuleSet tell(JdkMethod source, FreeHandOff handOff) {
        if (!where.equals(EnumSet.of(CallRule.Where.FREE_RUN))) {
            throw new IllegalArgumentException(source + ": a hand-off is told in free runs only, not in " + where);
        }
        return add(source, new Rewrite.Tell(handOff));
    }

    RuleSet custom(JdkMethod source, Rewrite.Code code) {
        return add(source, new Rewrite.Custom(code));
    }

    List<CallRule> rules() {
        return List.copyOf(rules);
    }

    private RuleSet add(JdkMethod source, Rewrite rewrite) {
        rules.add(new CallRule(source, rewrite, where, receivers, subclasses, anyOwner));
        return this;
    }

    private static void check(JdkMethod source, StandIn target, boolean located) {
        List<Class<?>> stack = new ArrayList<>(source.stack());
        if (located) {
            stack.add(String.class);
        }
        Class<?>[] takes = target.method().getParameterTypes();
        boolean fits = takes.length == stack.size();
        for (int i = 0; fits && i < takes.length; i++) {
            fits = takes[i].isAssignableFrom(stack.get(i));
        }
        Class<?> gives = target.method().getReturnType();
        fits &= source.returns() == void.class ? gives == void.class : source.returns().isAssignableFrom(gives);
        if (!fits) {
            throw new IllegalArgumentException(target + " does not fit a call of " + source);
        }
    }
}
