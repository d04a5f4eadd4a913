package nnlab.grader;

/**
 * The step the current test grades, so that assertions can name it without every test repeating it. Set by
 * {@link GradingExtension} around each graded test, on the test's thread.
 */
public final class GradingContext {

    private static final ThreadLocal<String> STEP = new ThreadLocal<>();

    private GradingContext() {
    }

    /** The current step's id, or {@code null} outside a graded test. */
    public static String currentStep() {
        return STEP.get();
    }

    static void enter(String step) {
        STEP.set(step);
    }

    static void leave() {
        STEP.remove();
    }
}
