package dev.threadlings.repl;

import dev.threadlings.markdown.RenderOptions;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.utils.AttributedString;

/**
 * TAB completes; TAB again on the same unchanged input shows the documentation of what is under the cursor
 * (signatures, and the javadoc where the JDK has its sources), as jshell does; TAB after {@code (} shows it at once.
 */
final class DocumentationWidget implements Widget {
    /** Javadoc shown even on a short terminal (a dumb one says 0 rows). */
    private static final int MIN_LINES = 30;

    private final LineReader reader;
    private final Session session;
    private String lastBuffer;
    private int lastCursor = -1;

    DocumentationWidget(LineReader reader, Session session) {
        this.reader = reader;
        this.session = session;
    }

    @Override
    public boolean apply() {
        String buffer = reader.getBuffer().toString();
        int cursor = reader.getBuffer().cursor();
        boolean again = buffer.equals(lastBuffer) && cursor == lastCursor;
        if ((again || inArguments(buffer, cursor)) && !Input.isCommand(buffer) && session.shell().ready()) {
            lastBuffer = null;
            showDocumentation(buffer, cursor);
            return true;
        }
        reader.callWidget(LineReader.COMPLETE_WORD);
        lastBuffer = reader.getBuffer().toString();
        lastCursor = reader.getBuffer().cursor();
        return true;
    }

    /**
     * Right after {@code (} or {@code ,} of a call there is no word to complete; jshell shows the signatures
     * there at once (completing would insert the one variable of a matching type, as a guess).
     */
    private static boolean inArguments(String buffer, int cursor) {
        String before = buffer.substring(0, cursor).stripTrailing();
        return before.endsWith("(") || before.endsWith(",");
    }

    private void showDocumentation(String buffer, int cursor) {
        SourceCodeAnalysis analysis = session.shell().shell().analysis();
        List<SourceCodeAnalysis.Documentation> docs;
        try {
            docs = analysis.documentation(buffer, cursor, true);
        } catch (RuntimeException e) {
            return;
        }
        if (docs.isEmpty()) {
            reader.printAbove(session.text("docs.none"));
            return;
        }
        Screen screen = session.screen();
        int height = screen.terminal().getHeight();
        List<AttributedString> lines = DocumentationPage.lines(docs, new RenderOptions(screen.width(), screen.color(), session.messages()),
                Math.max(MIN_LINES, height - 4));
        reader.printAbove(String.join("\n", lines.stream().map(l -> screen.color() ? screen.ansi(l) : l.toString())
                .toList()));
    }
}
