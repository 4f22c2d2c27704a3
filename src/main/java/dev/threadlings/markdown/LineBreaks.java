package dev.threadlings.markdown;

import org.jline.utils.WCWidth;

/**
 * Where a line of mixed Chinese and Latin text may break, and where a Markdown soft line break is no space.
 *
 * <p>Chinese has no spaces, so a line may break next to any wide character — except where the usual kinsoku rule
 * (JIS X 4051, GB/T 15834) forbids it: a line never starts with closing punctuation (。，、）」” …) nor ends with
 * opening punctuation (（「“ …), and a dash or an ellipsis (——, ……) is never split. Between Latin words a line
 * breaks at spaces only, as it always did.
 */
final class LineBreaks {
    /** What may not start a line: closing brackets and quotes, and the punctuation that ends a clause. */
    private static final String CLOSING = "。，、：；！？）」』”’》〉】〕〗〙〛｝］｠〞．・ー％…‥々〜～)]},.:;!?";
    /** What may not end a line: opening brackets and quotes. */
    private static final String OPENING = "（「『“‘《〈【〔〖〘〚｛［｟〝([{";
    /** Punctuation narrow on a terminal that Chinese prose sets next to its characters with no space. */
    private static final String CJK_NARROW = "“”‘’—…·";

    private LineBreaks() {}

    /** Whether a line may break between {@code before} and {@code after}, two characters with no space between. */
    static boolean mayBreakBetween(int before, int after) {
        if (!wide(before) && !wide(after)) {
            return false; // inside a Latin word, a number or a path
        }
        boolean doubled = before == after && (before == '—' || before == '…' || before == '‥');
        return !closing(after) && !opening(before) && !doubled;
    }

    static boolean closing(int c) {
        return CLOSING.indexOf(c) >= 0;
    }

    static boolean opening(int c) {
        return OPENING.indexOf(c) >= 0;
    }

    /**
     * Whether a soft line break between the text {@code before} it and the text {@code after} it is no space at all
     * (CSS Text 3's segment break rule, with Chinese punctuation): the characters on both sides are wide; or one is
     * wide punctuation (，：。), which carries its own space even next to Latin text; or quotes, dashes and ellipses
     * (“” — …, narrow on a terminal) meet Chinese: 线程“竞态”, 条件”——也就是. Next to Latin words they keep the space
     * (He said “no” — twice).
     */
    static boolean joinsWithoutSpace(CharSequence before, CharSequence after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        int a = Character.codePointBefore(before, before.length());
        int b = Character.codePointAt(after, 0);
        if (wide(a) && wide(b) || wide(a) && !Character.isLetterOrDigit(a) || wide(b) && !Character.isLetterOrDigit(b)) {
            return true;
        }
        boolean chineseSides = (wide(a) || cjkNarrow(a)) && (wide(b) || cjkNarrow(b));
        return chineseSides && (wide(beyondPunctuation(before, -1)) || wide(beyondPunctuation(after, 1)));
    }

    private static boolean cjkNarrow(int c) {
        return CJK_NARROW.indexOf(c) >= 0;
    }

    /** The first character that is not a quote, dash or ellipsis, from the end ({@code -1}) or the start; or a space. */
    private static int beyondPunctuation(CharSequence text, int direction) {
        int i = direction < 0 ? text.length() : 0;
        while (direction < 0 ? i > 0 : i < text.length()) {
            int c = direction < 0 ? Character.codePointBefore(text, i) : Character.codePointAt(text, i);
            if (!cjkNarrow(c)) {
                return c;
            }
            i += direction * Character.charCount(c);
        }
        return ' ';
    }

    static boolean wide(int c) {
        return WCWidth.wcwidth(c) == 2;
    }
}
