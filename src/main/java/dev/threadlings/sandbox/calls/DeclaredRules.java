package dev.threadlings.sandbox.calls;

import dev.threadlings.sandbox.runtime.StandsFor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of a model whose stand-ins say which JDK methods they stand for ({@link StandsFor}): each becomes a
 * {@link RuleSet#replace} rule in method bodies, for calls that are not {@code super} calls, checked against the
 * JDK method as any other rule. A model declared so is one file plus its line in {@link CallRegistry}.
 */
record DeclaredRules(Class<?> model) implements Primitive {
    @Override
    public List<CallRule> rules() {
        RuleSet rules = new RuleSet(model).receivers(CallRule.Receivers.NOT_SUPER);
        List<Method> standIns = Arrays.stream(model.getMethods()).filter(m -> m.isAnnotationPresent(StandsFor.class))
                .sorted(Comparator.comparing(Method::getName)).toList();
        if (standIns.isEmpty()) {
            throw new IllegalArgumentException(model.getName() + " declares no stand-in (@StandsFor)");
        }
        for (Method m : standIns) {
            StandsFor declared = m.getAnnotation(StandsFor.class);
            for (Class<?> owner : declared.owners()) {
                rules.replace(JdkMethod.method(owner, declared.method(), declared.parameters()), m.getName());
            }
        }
        return rules.rules();
    }
}
