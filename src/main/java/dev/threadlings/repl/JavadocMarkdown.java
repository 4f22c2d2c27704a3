package dev.threadlings.repl;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.doctree.SnippetTree;
import com.sun.source.doctree.RawTextTree;
import com.sun.source.doctree.SystemPropertyTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.SummaryTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A JDK doc comment as JShell returns it (javadoc HTML with {@code @tags}) turned into Markdown, so the console
 * renders it like a lesson. javac's own doc comment parser ({@link DocTrees}) reads the comment; this class only
 * says what each kind of node looks like in Markdown.
 */
final class JavadocMarkdown {
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
            "nbsp", " ", "apos", "'", "mdash", "—", "ndash", "–", "hellip", "…");

    private final StringBuilder out = new StringBuilder();
    private final List<String> params = new ArrayList<>();
    private final List<String> throwing = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean inPre;
    private int preStart;

    private JavadocMarkdown() {}

    /** The comment as Markdown: its description, then its parameters, return value and exceptions as lists. */
    static String of(String javadoc) {
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, null, null, null,
                List.of());
        String html = "<html><body>" + javadoc + "</body></html>";
        FileObject file = new SimpleJavaFileObject(URI.create("string:///doc.html"), JavaFileObject.Kind.HTML) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return html;
            }
        };
        DocCommentTree tree = DocTrees.instance(task).getDocCommentTree(file);
        if (tree == null) {
            return javadoc;
        }
        JavadocMarkdown md = new JavadocMarkdown();
        tree.getFullBody().forEach(md::node);
        tree.getBlockTags().forEach(md::blockTag);
        return md.document();
    }

    private String document() {
        StringBuilder doc = new StringBuilder(out.toString().strip().replaceAll("\n- [ \t]*\n", "\n- ")
                .replaceAll("\n{3,}", "\n\n")).append("\n\n");
        section(doc, "Parameters", params);
        section(doc, "Throws", throwing);
        notes.forEach(n -> doc.append(n).append("\n\n"));
        return doc.toString().strip() + "\n";
    }

    private static void section(StringBuilder doc, String title, List<String> items) {
        if (!items.isEmpty()) {
            doc.append("**").append(title).append(":**\n\n");
            items.forEach(i -> doc.append("- ").append(i).append('\n'));
            doc.append('\n');
        }
    }

    private void node(DocTree node) {
        switch (node) {
            case TextTree t -> out.append(inPre ? t.getBody() : atLineStart() ? prose(t.getBody()).stripLeading()
                    : prose(t.getBody()));
            case LiteralTree l when inPre -> out.append(l.getBody().getBody());
            case LiteralTree l -> out.append(l.getKind() == DocTree.Kind.CODE ? code(l.getBody().getBody())
                    : prose(l.getBody().getBody()));
            case LinkTree l -> link(l);
            case EntityTree e -> out.append(entity(e.getName().toString()));
            case StartElementTree e -> out.append(start(e.getName().toString().toLowerCase(Locale.ROOT)));
            case EndElementTree e -> out.append(end(e.getName().toString().toLowerCase(Locale.ROOT)));
            case SnippetTree s when s.getBody() != null -> out.append("\n\n```java norun\n")
                    .append(s.getBody().getBody().strip()).append("\n```\n\n");
            case SummaryTree s -> s.getSummary().forEach(this::node);
            case IndexTree i -> node(i.getSearchTerm());
            case ReturnTree r -> {
                out.append("Returns ");
                r.getDescription().forEach(this::node);
                out.append('.');
            }
            case SystemPropertyTree p -> out.append(code(p.getPropertyName().toString()));
            case RawTextTree r -> out.append(r.getContent());
            default -> { } // {@inheritDoc}, {@value} and the like name nothing a learner reads here
        }
    }

    private boolean atLineStart() {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    private void link(LinkTree link) {
        if (!link.getLabel().isEmpty()) {
            link.getLabel().forEach(this::node);
            return;
        }
        String ref = reference(link.getReference().getSignature());
        out.append(link.getKind() == DocTree.Kind.LINK ? code(ref) : prose(ref));
    }

    /** {@code Object#wait(long)} as a reader says it: {@code Object.wait(long)}, {@code #run()} as {@code run()}. */
    private static String reference(String signature) {
        return signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
    }

    private void blockTag(DocTree tag) {
        switch (tag) {
            case ParamTree p -> params.add(code((p.isTypeParameter() ? "<" + p.getName() + ">"
                    : p.getName().toString())) + " — " + inline(p.getDescription()));
            case ThrowsTree t -> throwing.add(code(reference(t.getExceptionName().getSignature())) + " — "
                    + inline(t.getDescription()));
            case ReturnTree r -> notes.add("**Returns:** " + inline(r.getDescription()));
            case SinceTree s -> notes.add("**Since:** " + inline(s.getBody()));
            case SeeTree s -> notes.add("**See also:** " + inline(s.getReference()));
            default -> { } // @implSpec, @implNote, @author: for the JDK's maintainers, not for a learner at a prompt
        }
    }

    private String inline(List<? extends DocTree> trees) {
        StringBuilder saved = new StringBuilder(out);
        out.setLength(0);
        trees.forEach(this::node);
        String text = out.toString().strip().replaceAll("\\s*\\n\\s*", " ");
        out.setLength(0);
        out.append(saved);
        return text;
    }

    private String start(String element) {
        return switch (element) {
            case "p" -> "\n\n";
            case "i", "em", "var", "cite" -> "*";
            case "b", "strong" -> "**";
            case "code", "tt" -> "`";
            case "br" -> "\n";
            case "li" -> "\n- ";
            case "ul", "ol", "dl", "blockquote", "table" -> "\n\n";
            case "dt" -> "\n\n**";
            case "dd" -> "\n\n";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "\n\n**";
            case "pre" -> {
                inPre = true;
                preStart = out.length() + 2;
                yield "\n\n";
            }
            default -> "";
        };
    }

    private String end(String element) {
        return switch (element) {
            case "i", "em", "var", "cite" -> "*";
            case "b", "strong" -> "**";
            case "code", "tt" -> "`";
            case "dt" -> "**";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "**\n\n";
            case "ul", "ol", "dl", "blockquote", "table", "p" -> "\n\n";
            case "pre" -> {
                inPre = false;
                // {@code on its own line opens most <pre> blocks: its first line break is not code
                String code = out.substring(preStart).replaceFirst("^\\s*\\n", "").stripTrailing();
                out.setLength(preStart);
                yield "```java norun\n" + code + "\n```\n\n";
            }
            default -> "";
        };
    }

    private String entity(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.startsWith("#x") || name.startsWith("#X");
            try {
                return Character.toString(Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10));
            } catch (IllegalArgumentException e) {
                return "&" + name + ";";
            }
        }
        String text = ENTITIES.getOrDefault(name, "&" + name + ";");
        return inPre ? text : prose(text);
    }

    /** Javadoc prose as Markdown text: its indentation dropped (it would make code blocks), its punctuation literal. */
    private static String prose(String text) {
        return text.replaceAll("\n[ \\t]+", "\n").replaceAll("([\\\\`*_\\[\\]<>#|!~])", "\\\\$1")
                .replaceAll("(?m)^([-+=])", "\\\\$1").replaceAll("(?m)^(\\d+)([.)])", "$1\\\\$2");
    }

    private static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String body = text.replaceAll("\\s*\\n\\s*", " ");
        return fence + (fence.length() == 2 ? " " + body + " " : body) + fence;
    }
}
