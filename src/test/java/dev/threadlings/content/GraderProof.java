package dev.threadlings.content;

/**
 * Whether this test run grades the course's exercises — the graders' proof, a command of its own because it takes
 * a quarter of an hour on two cores: {@code -Dcourse.proof=true}, or {@code -Dcourse.only=…} for some exercises.
 * Tests that grade real exercises ask {@link #wanted()} through {@code @EnabledIf}, and say {@link #COMMAND}.
 */
public final class GraderProof {
    public static final String COMMAND = "the graders' proof runs with: mvn -B test "
            + "-Dtest='CourseContentTest,ChallengeProofTest,ConsoleChallengeTest,ClassroomCheckTest,RerunCommandsTest' -Dcourse.proof=true (or -Dcourse.only=<ids>)";

    private GraderProof() {}

    public static boolean wanted() {
        return Boolean.getBoolean("course.proof") || !System.getProperty("course.only", "").isBlank();
    }
}
