package nnlab.grader.results;

import java.util.List;

/**
 * The outcome of one graded test or test invocation.
 *
 * @param method the test method, {@code class#method}; a parameterized test's invocations share it
 * @param name the display name, starting with the step id
 * @param step the step id
 * @param score the points earned
 * @param maxScore the points it is worth (its share of the method's points)
 * @param category {@link Categories#PASSED}, {@link Categories#WRONG_RESULT}, {@link Categories#NOT_IMPLEMENTED},
 *     {@link Categories#ERROR} or {@link Categories#SKIPPED}
 * @param output what went wrong, for the student; empty when passed
 * @param seconds how long it ran
 * @param visibility when students see it, in Gradescope's words: {@code visible} for a public case; for a hidden
 *     one {@code after_published} (the default), {@code after_due_date} or {@code hidden}
 * @param mistakes the ids of the known mistakes the answer was recognised as
 */
public record GradedOutcome(String method, String name, String step, double score, double maxScore, String category,
        String output, double seconds, String visibility, java.util.List<String> mistakes) {

    /** Gradescope's visibility of a public case. */
    public static final String VISIBLE = "visible";

    public GradedOutcome {
        visibility = visibility == null ? VISIBLE : visibility;
        mistakes = mistakes == null ? java.util.List.of() : java.util.List.copyOf(mistakes);
    }

    /** A public case's outcome, with no known mistake recognised. */
    public GradedOutcome(String method, String name, String step, double score, double maxScore, String category,
            String output, double seconds) {
        this(method, name, step, score, maxScore, category, output, seconds, VISIBLE, java.util.List.of());
    }

    /** Whether students see this case only later (a hidden case). */
    public boolean hidden() {
        return !VISIBLE.equals(visibility);
    }

    /** Whether the test passed. */
    public boolean passed() {
        return Categories.PASSED.equals(category);
    }

    /**
     * What makes two failures of a step "the same", for the reports that show such cases once: the known mistakes
     * the judge recognised, else the hints the message gives, else (no hint at all) the whole message. One mistake
     * in a training step fails every batch of it with the same hint; printing each would bury everything else.
     */
    public String failureKind() {
        if (!mistakes.isEmpty()) {
            return "mistakes " + mistakes.stream().sorted().toList();
        }
        List<String> hints = output.lines().map(String::strip).filter(l -> l.startsWith("hint: ")).toList();
        return hints.isEmpty() ? "output " + output : "hints " + hints;
    }
}
