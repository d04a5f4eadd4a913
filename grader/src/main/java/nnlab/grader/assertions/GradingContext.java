package nnlab.grader.assertions;

/**
 * The step the current test grades, so that assertions can name it without every test repeating it. Set by
 * {@code nnlab.grader.junit.GradingExtension} around each graded test, on the test's thread; it lives here, with
 * the assertions that read it, so that the assertions need nothing from the JUnit integration above them.
 */
public final class GradingContext {

    private static final ThreadLocal<String> STEP = new ThreadLocal<>();

    private GradingContext() {
    }

    /** The current step's id, or {@code null} outside a graded test. */
    public static String currentStep() {
        return STEP.get();
    }

    /** Called by the JUnit extension before a graded test: the assertions on this thread now name {@code step}. */
    public static void enter(String step) {
        STEP.set(step);
    }

    /** Called by the JUnit extension after a graded test. */
    public static void leave() {
        STEP.remove();
    }
}
