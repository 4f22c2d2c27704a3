package dev.threadlings.repl;

import java.util.List;
import java.util.Optional;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** TAB: command names, a command's arguments (lesson and exercise ids), or Java through JShell's analysis. */
final class ConsoleCompleter implements Completer {
    private final Session session;

    ConsoleCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
        String line = parsed.line().substring(0, parsed.cursor());
        String trimmed = line.stripLeading();
        if (Input.isCommand(trimmed)) {
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                Commands.ALL.forEach(c -> candidates.add(new Candidate("/" + c.name(), "/" + c.name(), null,
                        c.summary(), null, null, true)));
            } else {
                Optional<Command> cmd = Commands.find(trimmed.substring(1, space));
                cmd.ifPresent(c -> c.argumentCandidates(session)
                        .forEach(a -> candidates.add(new Candidate(a, a, null, null, null, null, true))));
            }
            return;
        }
        if (!session.shell().ready()) {
            return; // never make TAB wait for JShell to start
        }
        int[] anchor = new int[1];
        SourceCodeAnalysis analysis = session.shell().shell().analysis();
        List<SourceCodeAnalysis.Suggestion> suggestions;
        try {
            suggestions = analysis.completionSuggestions(parsed.line(), parsed.cursor(), anchor);
        } catch (RuntimeException e) {
            return;
        }
        boolean typed = suggestions.stream().anyMatch(SourceCodeAnalysis.Suggestion::matchesType);
        suggestions.stream()
                .filter(s -> !typed || s.matchesType())
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                // never "complete": JLine would add a space after it, which Java does not want after a member
                .forEach(s -> candidates.add(new Candidate(s, s, null, null, null, null, false)));
    }
}
