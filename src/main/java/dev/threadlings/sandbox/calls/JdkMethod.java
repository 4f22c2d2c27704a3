package dev.threadlings.sandbox.calls;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * A public JDK method or constructor as a call instruction names it — the class written at the call (the static
 * type of the receiver), the name and the descriptor — taken from the method itself, so a rule cannot name a method
 * that does not exist or spell its descriptor wrong.
 */
public record JdkMethod(Class<?> owner, Executable executable) {

    public static JdkMethod method(Class<?> owner, String name, Class<?>... parameters) {
        try {
            return new JdkMethod(owner, owner.getMethod(name, parameters));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no public " + owner.getName() + "." + name
                    + Arrays.toString(parameters), e);
        }
    }

    public static JdkMethod constructor(Class<?> owner, Class<?>... parameters) {
        try {
            return new JdkMethod(owner, owner.getConstructor(parameters));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no public new " + owner.getName() + Arrays.toString(parameters), e);
        }
    }

    /** Every public method of {@code owner} named {@code name}, overloads included. */
    static List<JdkMethod> overloads(Class<?> owner, String name) {
        List<JdkMethod> out = new ArrayList<>();
        for (Method m : owner.getMethods()) {
            if (m.getName().equals(name) && !m.isBridge()) {
                out.add(new JdkMethod(owner, m));
            }
        }
        return out;
    }

    public String name() {
        return executable instanceof Constructor<?> ? "<init>" : executable.getName();
    }

    public String desc() {
        return executable instanceof Method m ? Type.getMethodDescriptor(m)
                : Type.getConstructorDescriptor((Constructor<?>) executable);
    }

    public boolean isStatic() {
        return Modifier.isStatic(executable.getModifiers());
    }

    /** What a call leaves on the stack for it: the receiver of an instance method, then the parameters. */
    List<Class<?>> stack() {
        List<Class<?>> out = new ArrayList<>();
        if (!isStatic() && executable instanceof Method) {
            out.add(owner);
        }
        out.addAll(List.of(executable.getParameterTypes()));
        return out;
    }

    Class<?> returns() {
        return executable instanceof Method m ? m.getReturnType() : void.class;
    }

    /** How the registry finds a call: owner, name and descriptor as the instruction has them. */
    static String key(String owner, String name, String desc) {
        return owner + '.' + name + desc;
    }

    String key() {
        return key(Type.getInternalName(owner), name(), desc());
    }

    @Override
    public String toString() {
        return owner.getSimpleName() + "." + name() + desc();
    }
}
