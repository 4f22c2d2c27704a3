package dev.threadlings.sandbox.calls;

import dev.threadlings.sandbox.runtime.model.TransferQueueModel;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Every call rule of every modelled primitive, read by both instrumenters. Adding a primitive is one file with its
 * rules and one line here. A call site has at most one rule in each kind of code: two rules for one method in the
 * same place are refused when the registry is built, so precedence is never left to the order of the list.
 */
public final class CallRegistry {
    private static final List<Primitive> PRIMITIVES = List.of(
            new MonitorCalls(),
            new ThreadCalls(),
            new SleepCalls(),
            new ClockCalls(),
            new ParkCalls(),
            new LockCalls(),
            new ReadWriteCalls(),
            new ConditionCalls(),
            new LatchCalls(),
            new SemaphoreCalls(),
            new QueueCalls(),
            new PoolCalls(),
            new FutureCalls(),
            new AsyncStageCalls(),
            new CompletionCalls(),
            new UnmodelledPools(),
            new PhaserCalls(),
            new ExchangerCalls(),
            new StampedCalls(),
            new StateQueryCalls(),
            new ExitCalls(),
            new DeclaredRules(TransferQueueModel.class));

    private static final String ANY_OWNER = "*";
    private static final Map<CallRule.Where, Map<String, CallRule>> RULES = index(PRIMITIVES);

    private CallRegistry() {}

    /**
     * The rule for {@code call} in code of kind {@code where}, or null: a rule for the call's own owner, else one
     * for the JDK class a learner class extends ({@code jdkSuper}: the class itself when it is not the learner's),
     * else one for any owner.
     */
    public static CallRule find(CallRule.Where where, MethodInsnNode call, UnaryOperator<String> jdkSuper) {
        return find(RULES, where, call, jdkSuper);
    }

    static CallRule find(Map<CallRule.Where, Map<String, CallRule>> index, CallRule.Where where, MethodInsnNode call,
                         UnaryOperator<String> jdkSuper) {
        Map<String, CallRule> rules = index.get(where);
        CallRule rule = rules.get(JdkMethod.key(call.owner, call.name, call.desc));
        if (rule == null) {
            String base = jdkSuper.apply(call.owner);
            if (base != null && !base.equals(call.owner)) {
                rule = rules.get(JdkMethod.key(base, call.name, call.desc));
                rule = rule != null && rule.subclasses() ? rule : null;
            }
        }
        if (rule == null) {
            rule = rules.get(JdkMethod.key(ANY_OWNER, call.name, call.desc));
        }
        return rule != null && takes(rule, call.getOpcode()) ? rule : null;
    }

    private static boolean takes(CallRule rule, int opcode) {
        return switch (rule.receivers()) {
            case ANY -> true;
            case NOT_SUPER -> opcode != Opcodes.INVOKESPECIAL && opcode != Opcodes.INVOKESTATIC;
            case VIRTUAL -> opcode == Opcodes.INVOKEVIRTUAL;
        };
    }

    /** The rules by kind of code, then by call; two rules for one call in one kind of code are refused. */
    static Map<CallRule.Where, Map<String, CallRule>> index(List<Primitive> primitives) {
        Map<CallRule.Where, Map<String, CallRule>> out = new EnumMap<>(CallRule.Where.class);
        for (CallRule.Where w : CallRule.Where.values()) {
            out.put(w, new HashMap<>());
        }
        for (Primitive p : primitives) {
            for (CallRule rule : p.rules()) {
                String key = rule.anyOwner() ? JdkMethod.key(ANY_OWNER, rule.source().name(), rule.source().desc())
                        : rule.source().key();
                for (CallRule.Where w : rule.where()) {
                    CallRule before = out.get(w).putIfAbsent(key, rule);
                    if (before != null) {
                        throw new IllegalStateException("two rules for " + key + " in " + w + ": " + before.rewrite()
                                + " and " + rule.rewrite());
                    }
                }
            }
        }
        return out;
    }
}
