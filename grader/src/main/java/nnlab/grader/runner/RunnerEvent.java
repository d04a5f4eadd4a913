package nnlab.grader.runner;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of what a child JVM tells its parent, as JSON on a loopback socket of its own (never on the child's
 * standard output, which the graded code may print to).
 *
 * @param type one of the constants below
 * @param id the JUnit unique id of the test or container it is about; the parent's token for {@link #HELLO}
 * @param category {@link #FINISHED} and {@link #CONTAINER_FAILED}: the outcome's category
 * @param output the outcome's message; {@link #READY}: the engine and device; {@link #RECYCLE}: why
 * @param seconds {@link #FINISHED}: how long the case ran
 * @param observation {@link #OBSERVED}: what a check of the running case saw, for the parent to judge
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunnerEvent(String type, String id, String category, String output, double seconds,
        nnlab.grader.assertions.Observation observation) {

    RunnerEvent(String type, String id, String category, String output, double seconds) {
        this(type, id, category, output, seconds, null);
    }

    /** A check of the running case saw a value; the parent judges it. */
    static final String OBSERVED = "observed";

    /** The first line: the token the parent gave, so that only its own child is heard. */
    static final String HELLO = "hello";
    /** The engine is loaded and the tests are about to run. */
    static final String READY = "ready";
    /** A test case started. */
    static final String STARTED = "started";
    /** A test case finished, with its outcome. */
    static final String FINISHED = "finished";
    /** A class or a parameterized method failed or was skipped as a whole: its cases did not run. */
    static final String CONTAINER_FAILED = "container-failed";
    /** The child ends itself after the last case (it left threads running, or ran out of memory). */
    static final String RECYCLE = "recycle";
    /** Every selected test ran. */
    static final String DONE = "done";
    /** Made by the parent when the connection closes: the child has ended. */
    static final String END = "end";

    static RunnerEvent of(String type, String id) {
        return new RunnerEvent(type, id, null, null, 0);
    }
}
