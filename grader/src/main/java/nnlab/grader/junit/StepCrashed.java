package nnlab.grader.junit;

/**
 * Stands in for an {@link OutOfMemoryError} that a graded case ran into. JUnit treats that error as the end of the
 * whole run; {@link GradingExtension} turns it into this exception, so the case is recorded as "crashed" with the
 * heap limit, and the grading runner starts a fresh JVM for the cases after it.
 */
public final class StepCrashed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StepCrashed(String message, Throwable cause) {
        super(message, cause);
    }

    static StepCrashed outOfMemory(OutOfMemoryError e) {
        long heapMiB = Runtime.getRuntime().maxMemory() >> 20;
        return new StepCrashed("ran out of memory (" + e.getMessage() + "; the Java heap limit is " + heapMiB
                + " MiB): a tensor or array far larger than the step needs, or one kept in a growing list?", e);
    }
}
