package dev.threadlings.markdown;

import java.util.Arrays;

/** Shares the width available to a table's cells among its columns. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * Column widths that fit {@code available}: every column keeps its natural width when they all fit; otherwise
     * columns narrower than a fair share keep theirs and the wide ones split what is left equally. Water-filling,
     * so a narrow "id" column is never squeezed to make room for a long description.
     */
    static int[] fit(int[] natural, int available) {
        int n = natural.length;
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(natural[c], 1);
        }
        if (Arrays.stream(widths).sum() <= available) {
            return widths;
        }
        boolean[] fixed = new boolean[n];
        int remaining = available;
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int share = remaining / open;
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && widths[c] <= share) {
                    fixed[c] = true;
                    remaining -= widths[c];
                    open--;
                    changed = true;
                }
            }
        }
        int share = open == 0 ? 0 : remaining / open;
        int extra = open == 0 ? 0 : remaining % open;
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                widths[c] = Math.max(share + (extra-- > 0 ? 1 : 0), 1);
            }
        }
        return widths;
    }
}
