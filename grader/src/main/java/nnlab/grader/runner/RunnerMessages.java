package nnlab.grader.runner;

import java.util.List;

/**
 * What the grading runner tells a student about cases it ended itself: a time limit, a JVM that died, a file that
 * does not compile.
 */
public final class RunnerMessages {

    private RunnerMessages() {
    }

    /** A case of {@code step} stopped at its time limit. */
    public static String timedOut(String step, int limitSeconds) {
        return step + " ran past its time limit of " + limitSeconds + " s a case and was stopped: an endless loop, or"
                + " a loop over far more batches or epochs than the step asks for?";
    }

    /** A case not run because an earlier case of the same test ran past its limit. */
    public static String notRunAfterTimeout(String step) {
        return "not run: an earlier case of this " + step + " test ran past its time limit, so its remaining cases"
                + " score 0 too";
    }

    /**
     * A case of {@code step} during which the JVM running the student's code ended.
     *
     * @param exitCode the JVM's exit code (128 + n for signal n)
     * @param lastOutput the JVM's last lines of output
     */
    public static String crashed(String step, int exitCode, List<String> lastOutput, int heapMiB, long dataLimitMiB) {
        String output = String.join("\n", lastOutput);
        String what;
        if (output.contains("OutOfMemoryError")) {
            what = "ran out of memory during " + step + ": a tensor or array far larger than the step needs?";
        } else if (output.contains("A fatal error has been detected") || exitCode > 128) {
            what = "crashed in native code during " + step + " (exit code " + exitCode
                    + (exitCode > 128 ? ", signal " + (exitCode - 128) : "") + "): in the engine, or in memory"
                    + " your code reached outside Java?";
        } else {
            what = "ended with exit code " + exitCode + " during " + step + ": System.exit or Runtime.halt in your"
                    + " code?";
        }
        return "the JVM running your code " + what + " (its limits: Java heap " + heapMiB + " MiB"
                + (dataLimitMiB > 0 ? ", all memory " + dataLimitMiB + " MiB" : "") + ")";
    }

    /** A case not run because an earlier case of the same test crashed the JVM. */
    public static String notRunAfterCrash(String step) {
        return "not run: the JVM running your code ended during an earlier case of this " + step + " test, so its"
                + " remaining cases score 0 too";
    }

    /** Every test of a step whose file did not compile. */
    public static String doesNotCompile(String file, String diagnostics) {
        return file + " does not compile, so it is graded as its stub (every step in it scores 0):"
                + System.lineSeparator() + diagnostics.stripTrailing();
    }

    /** A case whose check never reached the grading process: the test stopped before comparing those outputs. */
    public static String incomplete(String step, List<String> missing) {
        return step + " handed back no value for " + String.join(", ", missing) + ": the test stopped before comparing"
                + " it (something in the graded code ended the case early), so the case cannot pass";
    }

    /** A graded test that reads an expected value the student's JVM must not hold: the course's fault. */
    public static String readsSealedValue(String step, String detail) {
        return step + "'s test reads an expected value in the JVM that runs the student's code, where expected values"
                + " are sealed; the grader must judge it in the grading process (" + detail + ")";
    }

    /** A check whose expected value the grading process cannot find. */
    public static String unknownReference(String step, String ref) {
        return step + " handed back a value for '" + ref + "', which names no expected value of this run";
    }
}
