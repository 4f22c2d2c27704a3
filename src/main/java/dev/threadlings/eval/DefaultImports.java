package dev.threadlings.eval;

import java.util.List;

/** The imports a learner can count on in every snippet, lesson block, exercise file and check. */
public final class DefaultImports {
    private DefaultImports() {}

    public static final List<String> PACKAGES = List.of(
            "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks",
            "java.util.function", "java.util.stream", "java.time", "java.io", "java.nio.file", "java.math",
            "java.net", "java.net.http");

    /** The import statements, one per line. */
    public static String source() {
        StringBuilder sb = new StringBuilder();
        for (String p : PACKAGES) {
            sb.append("import ").append(p).append(".*;\n");
        }
        return sb.toString();
    }
}
