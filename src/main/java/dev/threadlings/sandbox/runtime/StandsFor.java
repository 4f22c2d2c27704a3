package dev.threadlings.sandbox.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a model's stand-in: the JDK method whose calls in explored code it replaces, the location pushed last. The
 * host's registry reads it ({@code calls.DeclaredRules}), so a model whose calls need no other rewrite declares
 * its rules where it implements them: adding it is its one file and one registration line. Here, in the
 * boundary package, not beside the stand-ins: learner code has no use for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StandsFor {
    /** The classes a call may name for it: an interface and the classes that implement it. */
    Class<?>[] owners();

    /** The JDK method's name. */
    String method();

    /** Its parameter types; the stand-in takes the receiver, these, then the location. */
    Class<?>[] parameters() default {};
}
