package dev.threadlings.checking;

import dev.threadlings.text.Messages;
import dev.threadlings.course.Check;
import dev.threadlings.course.HoldsExpectation;
import dev.threadlings.eval.DefaultImports;
import dev.threadlings.eval.SourceMap;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * A check's code is compiled after the learner's file, in the same scope: a learner's top-level {@code class
 * Thread} (or {@code Executors}, {@code CountDownLatch}, a variable named {@code Thread}, a single-type import of
 * another {@code List}) takes the place of the JDK type wherever the check names it, and the check's "two threads"
 * run inline. Such a declaration is refused before any check runs, at the learner's line, when the checks name
 * that JDK type (java.lang or a default import) — or a package root ({@code java.util.List} through a variable
 * named {@code java}). No exercise asks for a class named like a JDK type its checks use; one that did would be
 * ambiguous for its readers too.
 */
final class ShadowedNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk");

    private ShadowedNames() {}

    /** {@code File.java:N: error: …} for each learner declaration that hides a JDK name the checks use. */
    static List<String> problems(JShell jshell, SourceMap sources, String fileName, List<Check> checks,
                                 Messages text) {
        Set<String> used = namesUsed(checks);
        List<String> problems = new ArrayList<>();
        jshell.snippets().filter(s -> jshell.status(s).isActive()).forEach(s -> declared(s).ifPresent(name -> {
            if (!used.contains(name)) {
                return;
            }
            Optional<String> jdk = jdkType(name);
            boolean sameType = s instanceof ImportSnippet i && !i.isStatic() && jdk.map(i.fullname()::equals)
                    .orElse(false);
            if (sameType || jdk.isEmpty() && !PACKAGE_ROOTS.contains(name)) {
                return;
            }
            String at = Optional.ofNullable(sources.locate(s.id(), 1)).orElse(fileName);
            problems.add(text.get("checker.shadowed." + what(s), at, name,
                    jdk.orElse(text.get("checker.shadowed.package", name))));
        }));
        return problems;
    }

    /** The simple name a top-level snippet declares in the scope later snippets see; empty for the rest. */
    private static Optional<String> declared(Snippet s) {
        return switch (s) {
            case TypeDeclSnippet t -> Optional.of(t.name());
            case VarSnippet v -> Optional.of(v.name());
            case ImportSnippet i when !i.fullname().endsWith(".*") -> Optional.of(i.name());
            default -> Optional.empty();
        };
    }

    private static String what(Snippet s) {
        return switch (s) {
            case TypeDeclSnippet t -> "type";
            case VarSnippet v -> "variable";
            default -> "import";
        };
    }

    /** Every identifier in the checks' code and holds expressions (strings and comments too: more is safe). */
    private static Set<String> namesUsed(List<Check> checks) {
        Set<String> names = new TreeSet<>();
        for (Check c : checks) {
            Stream<String> texts = Stream.concat(c.code().map(code -> code.code()).stream(),
                    c.expectations().stream().filter(e -> e instanceof HoldsExpectation)
                            .flatMap(e -> ((HoldsExpectation) e).expressions().stream()));
            texts.forEach(text -> {
                Matcher m = IDENTIFIER.matcher(text);
                while (m.find()) {
                    names.add(m.group());
                }
            });
        }
        return names;
    }

    /** The public JDK type a check's simple name {@code name} means without the learner's file. */
    private static Optional<String> jdkType(String name) {
        return Stream.concat(Stream.of("java.lang"), DefaultImports.PACKAGES.stream())
                .map(p -> p + "." + name)
                .filter(ShadowedNames::isPublicJdkType)
                .findFirst();
    }

    private static boolean isPublicJdkType(String className) {
        try {
            return Modifier.isPublic(Class.forName(className, false, ClassLoader.getPlatformClassLoader())
                    .getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
