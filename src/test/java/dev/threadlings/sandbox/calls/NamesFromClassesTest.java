package dev.threadlings.sandbox.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The sandbox writes no class name of ours and no descriptor of a call it makes by hand: a stand-in is named by
 * its class and method ({@link StandIn}), so renaming or moving a runtime class, or changing a stand-in's
 * parameters, cannot leave an instrumenter calling a method that is not there (a NoSuchMethodError in the
 * explorer VM, or a call into the wrong class). Nor a JDK class, package or descriptor: those come from the JDK's
 * classes and methods ({@link JdkMethod}, {@link JdkFamilies}, {@code Type.getInternalName}), so a rule cannot
 * match a method that does not exist or a family spelled wrong. Read from the sources with javac's parser, so a
 * string split over a concatenation is found too.
 */
class NamesFromClassesTest {
    private static final Path SANDBOX = Path.of("src/main/java/dev/threadlings/sandbox");
    private static final String ROOT = "(?:java|javax|jdk|sun)";
    /**
     * A JDK class in either form ({@code java/lang/Thread}, {@code java.lang.String}), a JDK package as internal
     * names start ({@code java/util/concurrent/}) or as a dotted prefix ({@code java.util.concurrent.}), a type
     * descriptor ({@code Ljava/util/function/}) or a method's ({@code start()V}, {@code (J)V}).
     */
    private static final Pattern JDK_NAME = Pattern.compile("\\b" + ROOT + "(?:[./][a-z]\\w*)*[./][A-Z]"
            + "|\\b" + ROOT + "/[a-z]|L" + ROOT + "/|\\b" + ROOT + "(?:\\.[a-z]\\w*)+\\.$"
            + "|\\)[VZBCSIJFD](?![a-z])|\\(\\[*[ZBCSIJFDL]");

    @Test
    void theScanFindsANameAndADescriptorWrittenByHand() throws IOException {
        Path planted = Files.createTempDirectory("names").resolve("Planted.java");
        Files.writeString(planted, """
                class Planted {
                    Object a = new MethodInsnNode(INVOKESTATIC, "dev/threadlings/sandbox/runtime/model/LockModel",
                            "lock", "(Ljava/lang/Object;" + STR + ")V");
                    Object b = new MethodInsnNode(INVOKESTATIC, OWNER, "point", "(" + STR + STR + ")V", false);
                    Object c = new MethodInsnNode(INVOKESTATIC, s.owner(), s.name(), s.desc());
                }
                """);
        assertEquals(List.of(
                "Planted.java: \"dev/threadlings/sandbox/runtime/model/LockModel\"",
                "Planted.java: a call built with \"(Ljava/lang/Object;\"",
                "Planted.java: a call built with \")V\"",
                "Planted.java: a call built with \"(\"",
                "Planted.java: a call built with \")V\""), handWritten(List.of(planted)));
    }

    @Test
    void theScanFindsAJdkNameOrDescriptorWrittenByHand() throws IOException {
        Path planted = Files.createTempDirectory("names").resolve("Planted.java");
        Files.writeString(planted, """
                class Planted {
                    boolean a = sig.equals("start()V") || sig.equals("join(J)V");
                    boolean b = owner.startsWith("java/util/concurrent/atomic/") || desc.contains("Ljava/util/function/");
                    boolean c = name.equals("java.lang.String") || name.startsWith("java.util." + "concurrent.");
                    Pattern d = Pattern.compile("java/util/(concurrent/)?(\\\\w*Map|Vector)");
                    String e = "wait" + "(JI)V"; // javac joins constants: one literal
                    String fine = "Thread.interrupt()" + "java." + "java.base" + "StructuredTaskScope" + "(" + ")";
                }
                """);
        assertEquals(List.of(
                "Planted.java: a JDK name or descriptor \"start()V\"",
                "Planted.java: a JDK name or descriptor \"join(J)V\"",
                "Planted.java: a JDK name or descriptor \"java/util/concurrent/atomic/\"",
                "Planted.java: a JDK name or descriptor \"Ljava/util/function/\"",
                "Planted.java: a JDK name or descriptor \"java.lang.String\"",
                "Planted.java: a JDK name or descriptor \"java.util.concurrent.\"",
                "Planted.java: a JDK name or descriptor \"java/util/(concurrent/)?(\\w*Map|Vector)\"",
                "Planted.java: a JDK name or descriptor \"wait(JI)V\""), handWritten(List.of(planted)));
    }

    @Test
    void noSandboxSourceWritesOurClassNamesOrACallsDescriptor() throws IOException {
        try (Stream<Path> tree = Files.walk(SANDBOX)) {
            List<Path> sources = tree.filter(p -> p.toString().endsWith(".java")).toList();
            assertEquals(List.of(), handWritten(sources),
                    "name stand-ins by class and method (StandIn.call, Type.getInternalName, Type.getMethodDescriptor), "
                            + "JDK methods and families in the registry (JdkMethod, JdkFamilies)");
        }
    }

    /**
     * String literals that name a class of ours, those used to build a method call instruction (its owner, name
     * aside, or its descriptor), and those that spell a JDK class, package or descriptor, as "File.java: …".
     */
    private static List<String> handWritten(List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> found = new ArrayList<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(sources));
            for (CompilationUnitTree unit : task.parse()) {
                String file = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
                new TreeScanner<Void, Boolean>() {
                    @Override
                    public Void visitNewClass(NewClassTree made, Boolean inCall) {
                        if (!made.getIdentifier().toString().endsWith("MethodInsnNode")) {
                            return super.visitNewClass(made, inCall);
                        }
                        List<? extends ExpressionTree> args = made.getArguments();
                        for (int i = 0; i < args.size(); i++) {
                            scan(args.get(i), i == 1 || i == 3); // the owner and the descriptor, not the name
                        }
                        return null;
                    }

                    @Override
                    public Void visitLiteral(LiteralTree literal, Boolean inCall) {
                        if (literal.getValue() instanceof String s) {
                            if (s.contains("dev/threadlings") || s.contains("dev.threadlings.sandbox")) {
                                found.add(file + ": \"" + s + "\"");
                            } else if (inCall != null && inCall) {
                                found.add(file + ": a call built with \"" + s + "\"");
                            } else if (JDK_NAME.matcher(s).find()) {
                                found.add(file + ": a JDK name or descriptor \"" + s + "\"");
                            }
                        }
                        return null;
                    }
                }.scan(unit, false);
            }
        }
        return found;
    }
}
