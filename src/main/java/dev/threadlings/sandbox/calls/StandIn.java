package dev.threadlings.sandbox.calls;

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

    /** The instruction that calls it. */
    public MethodInsnNode call() {
        return new MethodInsnNode(Opcodes.INVOKESTATIC, owner(), name(), desc(), false);
    }

    @Override
    public String toString() {
        return method.getDeclaringClass().getSimpleName() + "." + name() + desc();
    }
}
