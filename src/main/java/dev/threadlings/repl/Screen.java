package dev.threadlings.repl;

import dev.threadlings.eval.OutcomeText;
import dev.threadlings.markdown.TextWrap;
import dev.threadlings.report.Styled;
import dev.threadlings.terminal.PagerWords;
import dev.threadlings.text.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.builtins.Source;
import org.jline.builtins.TranslatedLess;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * Everything the console prints goes through here: styled text when colour is on (not a dumb terminal, no
 * NO_COLOR), plain text otherwise, and JLine's pager for text longer than the screen.
 */
public final class Screen {
    public static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    public static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold();
    public static final AttributedStyle INFO = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    public static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    public static final AttributedStyle BOLD = AttributedStyle.DEFAULT.bold();
    public static final AttributedStyle WARN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

    private final Terminal terminal;
    private final boolean color;
    private final boolean interactive;
    private volatile Messages messages = Messages.ENGLISH;

    public Screen(Terminal terminal, boolean color, boolean interactive) {
        this.terminal = terminal;
        this.color = color;
        this.interactive = interactive;
    }

    public boolean color() {
        return color;
    }

    /** Columns to wrap prose to: the terminal's width, or 80 when it does not say. */
    public int width() {
        int w = terminal.getWidth();
        return w <= 10 ? 80 : Math.min(w, 200);
    }

    public Terminal terminal() {
        return terminal;
    }

    public void println(String text) {
        writer().println(text);
        writer().flush();
    }

    /** A message, word-wrapped to the terminal's width. */
    public void println(String text, AttributedStyle style) {
        wrapped(text, style).forEach(this::println);
    }

    /** A message as lines no wider than the terminal, for building a page. */
    public List<AttributedString> wrapped(String text, AttributedStyle style) {
        return TextWrap.lines(text, width()).stream().map(l -> new AttributedString(l, style)).toList();
    }

    public void println(AttributedString line) {
        writer().println(color ? ansi(line) : line.toString());
        writer().flush();
    }

    /**
     * Styled text as escape sequences, keeping box-drawing characters as they are: JLine would otherwise switch
     * to the terminal's alternate character set, which multiplexers such as tmux often show as letters.
     */
    public String ansi(AttributedString line) {
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return dev.threadlings.markdown.Ansi.keepingBoxes(line, l -> l.toAnsi(colors == null ? 8 : colors,
                AttributedCharSequence.ForceMode.None, terminal.getPalette(), null, null));
    }

    /** Lines in jshell's tones. */
    public void print(List<OutcomeText.Line> lines) {
        for (OutcomeText.Line l : lines) {
            // not wrapped: jshell's lines keep their columns (carets, source lines)
            println(new AttributedString(l.text(), switch (l.tone()) {
                case VALUE -> AttributedStyle.DEFAULT;
                case INFO -> INFO;
                case ERROR -> ERROR;
            }));
        }
    }

    /** Report lines in their looks. */
    public void printStyled(List<Styled> lines) {
        styledLines(lines).forEach(this::println);
    }

    /** Report lines in their looks, through the pager when they do not fit. */
    public void pageStyled(List<Styled> lines) {
        page(styledLines(lines));
    }

    private List<AttributedString> styledLines(List<Styled> lines) {
        return Styled.fitted(lines, width()).stream().map(Screen::styled).toList();
    }

    /** One report line as terminal text. */
    public static AttributedString styled(Styled line) {
        AttributedStyle style = switch (line.look()) {
            case PLAIN -> AttributedStyle.DEFAULT;
            case TITLE -> BOLD;
            case GOOD -> GOOD;
            case BAD -> ERROR.bold();
            case INFO -> INFO;
            case DIM -> DIM;
            case ADDED -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case REMOVED -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case CODE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
        };
        return new AttributedString(line.text(), style);
    }

    /**
     * Shows lines through JLine's {@code less} when they do not fit and a person is at a real terminal (arrows,
     * PgUp/PgDn, {@code /} to search, {@code q} to quit; the last screen stays visible); plain lines otherwise —
     * a dumb terminal, a pipe, or text that fits.
     */
    public void page(List<AttributedString> lines) {
        int height = terminal.getHeight();
        boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType())
                || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        if (!interactive || dumb || height < 5 || lines.size() < height) {
            lines.forEach(this::println);
            return;
        }
        String text = String.join("\n", lines.stream().map(l -> color ? ansi(l) : l.toString()).toList()) + "\n";
        Messages said = messages;
        TranslatedLess less = new TranslatedLess(terminal, Path.of("."), new PagerWords(said));
        less.noInit = true; // what was read stays on the screen after q, as with less -X
        less.quitAtSecondEof = false;
        less.helpSource(source(said.get("pager.help.title"), said.get("pager.help")));
        try {
            less.run(source(fitting(said.get("pager.prompt"), said.get("pager.prompt.narrow")), text));
        } catch (IOException e) {
            lines.forEach(this::println); // the pager could not drive this terminal: the text is still shown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // less leaves its ':' prompt on the last line, where the console's prompt would follow it
            terminal.puts(InfoCmp.Capability.carriage_return);
            terminal.puts(InfoCmp.Capability.clr_eol);
            terminal.flush();
        }
    }

    /** less's status line does not wrap well: past the width its last word fell onto a line of its own. */
    private String fitting(String prompt, String narrow) {
        return new AttributedString(prompt).columnLength() < terminal.getWidth() ? prompt : narrow;
    }

    /** Text for less: its name is what the status line shows until a key is pressed. */
    private static Source source(String name, String text) {
        return new PagedText(name, text.getBytes(StandardCharsets.UTF_8), text.lines().count());
    }

    /**
     * Text less can read again (after its help screen) and whose length it knows: with JLine's stream source its
     * {@code =} said "lines 1-39/39" of a longer text, counting only the lines read so far.
     */
    private record PagedText(String name, byte[] text, long lineCount) implements Source {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public java.io.InputStream read() {
            return new ByteArrayInputStream(text);
        }

        @Override
        public Long lines() {
            return lineCount;
        }
    }

    /**
     * The language the pager speaks from now on: its first screen's last line (which keys page and leave), its help
     * screen and what less itself says there ({@code (END)}, a search that found nothing).
     */
    public void speak(Messages messages) {
        this.messages = messages;
    }

    public PrintWriter writer() {
        return terminal.writer();
    }
}
