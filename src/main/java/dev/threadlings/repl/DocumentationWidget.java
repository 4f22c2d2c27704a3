package dev.threadlings.repl;

import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;

/**
 * TAB completes; TAB again on the same unchanged input shows the documentation of what is under the cursor,
 * as jshell does.
 */
final class DocumentationWidget implements Widget {
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
        if (again && !Input.isCommand(buffer) && session.shell().ready()) {
            lastBuffer = null;
            showDocumentation(buffer, cursor);
            return true;
        }
        reader.callWidget(LineReader.COMPLETE_WORD);
        lastBuffer = reader.getBuffer().toString();
        lastCursor = reader.getBuffer().cursor();
        return true;
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
            reader.printAbove("(no documentation found here)");
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs.subList(0, Math.min(docs.size(), 5))) {
            sb.append(d.signature()).append('\n');
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                d.javadoc().lines().limit(15).forEach(l -> sb.append("    ").append(l).append('\n'));
            }
        }
        if (docs.size() > 5) {
            sb.append("(").append(docs.size() - 5).append(" more overloads)\n");
        }
        reader.printAbove(sb.toString().stripTrailing());
    }
}
