package dev.threadlings.sandbox.runtime.explore;

import dev.threadlings.sandbox.runtime.schedule.Names;
import java.util.Map;

/**
 * Defines the learner's (instrumented) classes afresh for every schedule, so each run starts from clean static
 * state. Names it holds are defined here first; everything else (the JDK, the sandbox runtime) comes from the
 * parent.
 */
public final class SandboxLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    public SandboxLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("sandbox", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = classes.get(name);
                c = bytes == null ? getParent().loadClass(name) : defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
