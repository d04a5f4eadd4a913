package nnlab.grader.results;

import java.util.List;

/**
 * The graded outcomes of one test run (one JVM), as a part file holds them until they are merged into
 * results.json.
 *
 * @param runId unique per run
 * @param implementation what was graded: {@code nnlab-exercises} or {@code nnlab-reference}
 * @param finishedAtMillis when the run ended (later runs win when parts are merged)
 * @param outcomes every graded outcome of the run
 */
public record GradedRun(String runId, String implementation, long finishedAtMillis, List<GradedOutcome> outcomes) {

    public GradedRun {
        outcomes = List.copyOf(outcomes);
    }
}
