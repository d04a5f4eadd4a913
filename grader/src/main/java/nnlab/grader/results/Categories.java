package nnlab.grader.results;

/**
 * The categories of a graded test's outcome, as the score table, results.json, the JUnit XML and the Allure report
 * name them.
 */
public final class Categories {

    private Categories() {
    }

    /** The category of a test whose step throws {@code NotImplementedYet}. */
    public static final String NOT_IMPLEMENTED = "not implemented yet";
    /** The category of a test whose values are wrong. */
    public static final String WRONG_RESULT = "wrong result";
    /** The category of a test that ended in an exception other than an assertion. */
    public static final String ERROR = "error";
    /** The category of a test that passed. */
    public static final String PASSED = "passed";
    /** The category of a test that was skipped or aborted. */
    public static final String SKIPPED = "skipped";
    /** The category of a test that ran past its time limit and was stopped. */
    public static final String TIMED_OUT = "timed out";
    /** The category of a test during which the JVM running the student's code died or ran out of memory. */
    public static final String CRASHED = "crashed";
    /** The category of every test of a step whose source file does not compile (graded as its stub). */
    public static final String DOES_NOT_COMPILE = "does not compile";
    /** The category of a test the grader itself could not run: the course's fault, never the student's. */
    public static final String GRADER_ERROR = "grader error";
}
