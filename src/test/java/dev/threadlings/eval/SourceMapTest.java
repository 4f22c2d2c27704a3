package dev.threadlings.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceMapTest {
    private static SourceMap learnerFileAtSnippet7() {
        SourceMap map = new SourceMap();
        map.put("7", "UpperServer.java", 10);            // the snippet starts at line 10 of the learner's file
        int[] snippetLine = new int[60];
        snippetLine[49] = 41;                             // wrapper line 49 is the snippet's line 41
        map.putWrapper(new RemoteShell.WrapperLines("REPL.$JShell$18", "7", snippetLine));
        return map;
    }

    @Test
    void aLearnerThreadsStackTraceNamesTheLearnersClassAndLine() {
        String err = """
                Exception in thread "upper-loop" java.lang.NullPointerException: boom
                \tat REPL.$JShell$18$UpperServer.accept($JShell$18.java:49)
                \tat REPL.$JShell$18$UpperServer$Loop.run($JShell$18.java:3)
                \tat java.base/java.lang.Thread.run(Thread.java:1474)
                """;
        assertEquals("""
                Exception in thread "upper-loop" java.lang.NullPointerException: boom
                \tat UpperServer.accept(UpperServer.java:50)
                \tat UpperServer$Loop.run(line 3)
                \tat java.base/java.lang.Thread.run(Thread.java:1474)
                """, learnerFileAtSnippet7().cleanStackText(err));
    }

    @Test
    void wrapperNamesInMessagesAreCleanedToo() {
        assertEquals("java.lang.ClassCastException: class UpperServer cannot be cast",
                learnerFileAtSnippet7().cleanStackText(
                        "java.lang.ClassCastException: class REPL.$JShell$18$UpperServer cannot be cast"));
    }

    @Test
    void textWithoutJShellNamesIsLeftAlone() {
        String plain = "\tat java.base/java.lang.Thread.run(Thread.java:1474)\n";
        assertEquals(plain, new SourceMap().cleanStackText(plain));
    }
}
