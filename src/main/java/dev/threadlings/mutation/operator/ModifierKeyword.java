package dev.threadlings.mutation.operator;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ModifiersTree;
import dev.threadlings.mutation.Edit;
import dev.threadlings.mutation.SourceTree;
import java.util.Optional;

/**
 * Finds a modifier keyword inside a modifiers tree. javac keeps modifiers as flags without positions, but the
 * tree's span holds only keywords, annotations (skipped by their own spans) and white space or comments.
 */
final class ModifierKeyword {
    private ModifierKeyword() {}

    /** The edit deleting {@code keyword} (and the white space after it) from {@code modifiers}. */
    static Optional<Edit> deletion(SourceTree source, ModifiersTree modifiers, String keyword) {
        int from = source.start(modifiers);
        int to = source.end(modifiers);
        if (from < 0 || to < from) {
            return Optional.empty();
        }
        String text = source.text();
        int at = from;
        while (at < to) {
            int annotationEnd = annotationEndingAfter(source, modifiers, at);
            if (annotationEnd > at) {
                at = annotationEnd;
            } else if (text.startsWith("//", at)) {
                at = text.indexOf('\n', at) < 0 ? to : text.indexOf('\n', at);
            } else if (text.startsWith("/*", at)) {
                at = text.indexOf("*/", at) < 0 ? to : text.indexOf("*/", at) + 2;
            } else if (Character.isJavaIdentifierStart(text.charAt(at))) {
                int wordEnd = at;
                while (wordEnd < text.length() && Character.isJavaIdentifierPart(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                if (text.substring(at, wordEnd).equals(keyword)) {
                    int end = wordEnd;
                    while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                    return Optional.of(Edit.delete(at, end));
                }
                at = wordEnd;
            } else {
                at++;
            }
        }
        return Optional.empty();
    }

    private static int annotationEndingAfter(SourceTree source, ModifiersTree modifiers, int at) {
        for (AnnotationTree a : modifiers.getAnnotations()) {
            if (source.start(a) == at) {
                return source.end(a);
            }
        }
        return at;
    }
}
