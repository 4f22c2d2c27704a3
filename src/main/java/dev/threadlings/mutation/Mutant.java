package dev.threadlings.mutation;

/**
 * One mutated copy of a source file.
 *
 * @param operator    the operator's id, e.g. {@code sync-method}
 * @param line        the line of the original file the change starts on
 * @param description what changed, in a few words
 * @param source      the whole mutated file
 * @param key         a short hash of what the change replaced and inserted: with the operator, it names the mutant
 *                    stably across runs and across edits elsewhere in the file
 */
public record Mutant(String operator, int line, String description, String source, String key) {

    /** How the report and the author's equivalence notes name this mutant: {@code operator@line#key}. */
    public String id() {
        return operator + "@" + line + "#" + key;
    }
}
