package dev.threadlings.sandbox;

import dev.threadlings.sandbox.calls.StandIn;
import dev.threadlings.sandbox.runtime.model.PoolCasts;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Casts and {@code instanceof} tests against the JDK's pool classes in explored code: the pools learner code gets
 * are the sandbox's, so {@link PoolCasts} answers them as the JDK's own pool would (free runs use the JDK's pools
 * and are left alone).
 */
final class PoolCastHooks implements Opcodes {
    /** The classes a factory's pool is (or is not) in a real JVM, beyond the interfaces it returns. */
    private static final Set<String> POOL_CLASSES = Stream.of(ThreadPoolExecutor.class,
            ScheduledThreadPoolExecutor.class, ForkJoinPool.class, AbstractExecutorService.class)
            .map(Type::getInternalName).collect(Collectors.toUnmodifiableSet());

    private PoolCastHooks() {}

    static boolean hooked(TypeInsnNode insn) {
        return (insn.getOpcode() == CHECKCAST || insn.getOpcode() == INSTANCEOF) && POOL_CLASSES.contains(insn.desc);
    }

    /** {@code CHECKCAST T} gets {@code PoolCasts.cast} before it; {@code INSTANCEOF T} becomes {@code PoolCasts.isInstance}. */
    static void insert(MethodNode method, TypeInsnNode insn, String loc) {
        InsnList l = new InsnList();
        l.add(new LdcInsnNode(Type.getObjectType(insn.desc)));
        if (insn.getOpcode() == CHECKCAST) {
            l.add(new LdcInsnNode(loc));
            l.add(StandIn.call(PoolCasts.class, "cast"));
            method.instructions.insertBefore(insn, l);
        } else {
            l.add(StandIn.call(PoolCasts.class, "isInstance"));
            method.instructions.insertBefore(insn, l);
            method.instructions.remove(insn);
        }
    }
}
