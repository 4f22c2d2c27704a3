package dev.threadlings.sandbox.calls;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/** What a rule does to a call it matches. */
public sealed interface Rewrite {
    /** {@code receiver.m(args)} becomes {@code StandIn.m(receiver, args, location)}: the stack needs no shuffling. */
    record Replace(StandIn target) implements Rewrite {}

    /** {@code receiver.m(args)} becomes {@code StandIn.m(receiver, args)}: bookkeeping with no scheduling point. */
    record Plain(StandIn target) implements Rewrite {}

    /** Code of its own around or instead of the call (a constructor whose argument is wrapped, say). */
    record Custom(Code code) implements Rewrite {}

    /**
     * Free runs only: the call stays, and the race detector is told what it hands over — how is the free-run
     * instrumenter's (its hooks live with the host's instrumenters), what is the primitive's.
     */
    record Tell(FreeHandOff handOff) implements Rewrite {}

    @FunctionalInterface
    interface Code {
        void rewrite(InsnList code, MethodInsnNode call, String location);
    }

    static void apply(Rewrite rewrite, InsnList code, MethodInsnNode call, String location) {
        switch (rewrite) {
            case Replace r -> {
                code.insertBefore(call, new LdcInsnNode(location));
                toStatic(call, r.target());
            }
            case Plain p -> toStatic(call, p.target());
            case Custom c -> c.code().rewrite(code, call, location);
            case Tell t -> throw new IllegalStateException(t + " is applied by the free-run instrumenter");
        }
    }

    private static void toStatic(MethodInsnNode call, StandIn target) {
        call.setOpcode(Opcodes.INVOKESTATIC);
        call.owner = target.owner();
        call.name = target.name();
        call.desc = target.desc();
        call.itf = false;
    }
}
