package dev.threadlings.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;

/**
 * The {@code ---} block at the top of a lesson or exercise.md, with the line of every key and list item.
 *
 * <p>Values come from commonmark's {@link YamlFrontMatterVisitor}; its nodes carry no positions, so this class also
 * scans the block's lines itself to know where each key is and to report lines the visitor would silently drop.
 * Typed getters report a bad value at its key's line and return empty, so a reader can check every key at once.
 */
final class FrontMatter {

    // the same shapes the extension accepts, so our line map agrees with its values
    private static final Pattern KEY = Pattern.compile("^[ ]{0,3}([A-Za-z0-9._-]+):\\s*(.*)");
    private static final Pattern ITEM = Pattern.compile("^[ ]+-\\s*(.*)");
    private static final Pattern FLOW_LIST = Pattern.compile("\\[(.*)]");

    private record Item(String text, int line) {
    }

    private final Path file;
    private final int startLine;
    private final int endLine;
    private final Map<String, List<String>> values;
    private final Map<String, Integer> keyLines = new HashMap<>();
    private final Map<String, List<Item>> items = new HashMap<>();

    private FrontMatter(Path file, int startLine, int endLine, Map<String, List<String>> values) {
        this.file = file;
        this.startLine = startLine;
        this.endLine = endLine;
        this.values = new HashMap<>(values);
    }

    /** The front matter of a file parsed with front matter on; a missing or unclosed block is a problem. */
    static Optional<FrontMatter> read(SourceFile source, Problems problems) {
        if (!(source.document().getFirstChild() instanceof YamlFrontMatterBlock block)) {
            problems.add(source.path(), 1, "no front matter: the file must start with a `---` line, then `id:`,"
                    + " `title:` and the other keys, then a closing `---` line");
            return Optional.empty();
        }
        int start = SourceFile.firstLine(block);
        int end = SourceFile.lastLine(block);
        String closing = source.line(end).strip();
        if (end <= start || !(closing.equals("---") || closing.equals("..."))) {
            problems.add(source.path(), start, "the front matter is not closed: add a `---` line after its last key");
            return Optional.empty();
        }
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        source.document().accept(visitor);
        FrontMatter frontMatter = new FrontMatter(source.path(), start, end, visitor.getData());
        frontMatter.scan(source, problems);
        return Optional.of(frontMatter);
    }

    // records key and item lines; reports duplicate keys and lines the extension would ignore without a word
    private void scan(SourceFile source, Problems problems) {
        String currentKey = null;
        for (int at = startLine + 1; at < endLine; at++) {
            int line = at;
            String text = source.line(line);
            Matcher key = KEY.matcher(text);
            Matcher item = ITEM.matcher(text);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            } else if (item.matches() && currentKey != null) {
                items.computeIfAbsent(currentKey, k -> new ArrayList<>()).add(new Item(unquote(item.group(1)), line));
            } else if (key.matches()) {
                currentKey = key.group(1);
                Integer earlier = keyLines.putIfAbsent(currentKey, line);
                if (earlier != null) {
                    problems.add(file, line, "`" + currentKey + "` appears twice in the front matter (also line " + earlier + ")");
                }
                List<Item> keyItems = items.computeIfAbsent(currentKey, k -> new ArrayList<>());
                flowList(key.group(2)).forEach(v -> keyItems.add(new Item(v, line)));
            } else if (text.startsWith("-")) {
                problems.add(file, line, "indent list items under their key, e.g. `  - " + text.substring(1).strip() + "`");
            } else if (!Character.isWhitespace(text.charAt(0))) {
                problems.add(file, line, "not a front matter line: expected `key: value` or an indented `- item`");
            }
        }
        // the extension keeps `[a, b]` as one literal string; authors write it, so read it as the list it means
        values.replaceAll((k, v) -> v.size() == 1 && FLOW_LIST.matcher(v.getFirst().strip()).matches()
                ? flowList(v.getFirst()) : v);
    }

    private static List<String> flowList(String value) {
        Matcher m = FLOW_LIST.matcher(value.strip());
        if (!m.matches()) {
            return List.of();
        }
        return m.group(1).isBlank() ? List.of()
                : java.util.Arrays.stream(m.group(1).split(",")).map(FrontMatter::unquote).toList();
    }

    private static String unquote(String value) {
        String v = value.strip();
        boolean quoted = v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
        return quoted ? v.substring(1, v.length() - 1) : v;
    }

    /** The file this front matter is in. */
    Path file() {
        return file;
    }

    /** 1-based line of the opening {@code ---}. */
    int startLine() {
        return startLine;
    }

    /** 1-based line of the first body line, just after the closing {@code ---}. */
    int bodyStartLine() {
        return endLine + 1;
    }

    /** Line of a key, or of the opening {@code ---} when the key is absent (where to add it). */
    int line(String key) {
        return keyLines.getOrDefault(key, startLine);
    }

    /** Line of one list item of a key, or the key's line. */
    int line(String key, String item) {
        return items.getOrDefault(key, List.of()).stream()
                .filter(i -> i.text().equals(item)).mapToInt(Item::line).findFirst().orElse(line(key));
    }

    // the visitor's values and our scanned items are in the same order, so an index finds a repeated item's own line
    private int itemLine(String key, int index) {
        List<Item> list = items.getOrDefault(key, List.of());
        return index < list.size() ? list.get(index).line() : line(key);
    }

    /** The keys written, in no particular order. */
    Set<String> keys() {
        return Set.copyOf(keyLines.keySet());
    }

    /** The first value of a key as written, without any checks or problems. */
    Optional<String> peek(String key) {
        return values.getOrDefault(key, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    /** A single value, blank counting as absent; present but a list is a problem. */
    Optional<String> string(String key, Problems problems) {
        List<String> list = values.getOrDefault(key, List.of());
        if (list.size() > 1) {
            problems.add(file, line(key), "`" + key + "` takes one value, not a list");
            return Optional.empty();
        }
        return list.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    /** A single value that must be there. */
    Optional<String> required(String key, String example, Problems problems) {
        int before = problems.count();
        Optional<String> value = string(key, problems);
        if (value.isEmpty() && problems.count() == before) {
            problems.add(file, line(key), "missing `" + key + "`: add a line like `" + key + ": " + example + "`");
        }
        return value;
    }

    /** A required id, checked against {@link Ids}. */
    Optional<String> id(String key, Problems problems) {
        Optional<String> id = required(key, "threads-join", problems);
        if (id.isPresent() && !Ids.isValid(id.get())) {
            problems.add(file, line(key), "`" + key + ": " + id.get() + "` is not a valid id: use " + Ids.RULE);
            return Optional.empty();
        }
        return id;
    }

    /** An optional whole number of at least {@code min}; absent gives empty without a problem. */
    OptionalInt integer(String key, int min, Problems problems) {
        Optional<String> value = string(key, problems);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the rule
        }
        problems.add(file, line(key), "`" + key + ": " + value.get() + "` must be a whole number"
                + (min > Integer.MIN_VALUE ? " of at least " + min : ""));
        return OptionalInt.empty();
    }

    /** An optional {@code true} or {@code false}; absent gives {@code absent} without a problem. */
    boolean flag(String key, boolean absent, Problems problems) {
        Optional<String> value = string(key, problems);
        if (value.isEmpty()) {
            return absent;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(file, line(key), "`" + key + ": " + value.get() + "` must be `true` or `false`");
                yield absent;
            }
        };
    }

    /** An optional list of ids (absent = empty); bad and repeated entries are problems at their own lines. */
    List<String> ids(String key, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> raws = values.getOrDefault(key, List.of());
        for (int index = 0; index < raws.size(); index++) {
            String id = raws.get(index).strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!Ids.isValid(id)) {
                problems.add(file, itemLine(key, index), "'" + id + "' in `" + key + "` is not a valid id: use " + Ids.RULE);
            } else if (!ids.add(id)) {
                problems.add(file, itemLine(key, index), "'" + id + "' is listed twice in `" + key + "`");
            }
        }
        return List.copyOf(ids);
    }
}
