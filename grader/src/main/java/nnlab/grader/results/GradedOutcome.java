package nnlab.grader.results;

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
 */
public record GradedOutcome(String method, String name, String step, double score, double maxScore, String category,
        String output, double seconds) {

    /** Whether the test passed. */
    public boolean passed() {
        return Categories.PASSED.equals(category);
    }
}
