package dev.threadlings.sandbox.calls;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * A public static method of the runtime that instrumented code calls instead of (or around) a JDK call, found by
 * its class and name (the runtime does not overload them), its descriptor taken from the method.
 */
public record StandIn(Method method) {

    private static final Map<Class<?>, Map<String, StandIn>> FOUND = new ConcurrentHashMap<>();

    /** The call instruction of {@code model}'s stand-in {@code name}, the method looked up once. */
    public static MethodInsnNode call(Class<?> model, String name) {
        return FOUND.computeIfAbsent(model, m -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> of(model, n))
                .call();
    }

    /** An overloaded stand-in, by its parameter types. */
    public static StandIn of(Class<?> model, String name, Class<?>... parameters) {
        try {
            return new StandIn(model.getMethod(name, parameters));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no stand-in " + model.getName() + "." + name, e);
        }
    }

    public static StandIn of(Class<?> model, String name) {
        List<Method> found = Arrays.stream(model.getMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers())).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " public static methods " + model.getName() + "." + name);
        }
        return new StandIn(found.getFirst());
    }

    public String owner() {
        return Type.getInternalName(method.getDeclaringClass());
    }

    public String name() {
        return method.getName();
    }

    public String desc() {
        return Type.getMethodDescriptor(method);
    }

    /** Whether {@code insn} calls it. */
    public boolean calledBy(MethodInsnNode insn) {
        return insn.owner.equals(owner()) && insn.name.equals(name()) && insn.desc.equals(desc());
    }

    /** The instruction that calls it. */
    public MethodInsnNode call() {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, owner(), name(), desc(), false);
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + name() + desc();
    }
}
