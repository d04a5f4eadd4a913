package nnlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.GradedRun;
import nnlab.grader.results.ResultsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckStubsCommandTest {

    @TempDir
    Path dir;

    private Path results(GradedOutcome... outcomes) {
        new ResultsStore(dir).record(new GradedRun("r", "nnlab-exercises", 1, List.of(outcomes)));
        return dir.resolve("results.json");
    }

    private static GradedOutcome outcome(String step, double score, String category) {
        return new GradedOutcome("T#" + step, step + " x", step, score, 1, category, "why", 0);
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            int code = NnlabCommand.run(args);
            return code + " " + captured.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void passesWhenEveryStubIsNotImplementedYet() {
        Path file = results(outcome("L1.1", 0, Categories.NOT_IMPLEMENTED),
                outcome("L1.2", 0, Categories.NOT_IMPLEMENTED));
        assertThat(run("check-stubs", "--results", file.toString()))
                .startsWith("0 ").contains("check-stubs: 2 graded cases, 0 / 2 points, 0 problems");
    }

    @Test
    void failsOnAStubThatScoresOrFailsOtherwise() {
        Path file = results(outcome("L1.1", 1, Categories.PASSED), outcome("L1.2", 0, Categories.ERROR));
        String out = run("check-stubs", "--results", file.toString());
        assertThat(out).startsWith("1 ").contains("check-stubs: L1.1 x: score 1.0, category 'passed'")
                .contains("check-stubs: L1.2 x: score 0.0, category 'error'").contains("3 problems");
    }

    @Test
    void failsWithoutResults() {
        assertThat(run("check-stubs", "--results", dir.resolve("none.json").toString())).startsWith("2 ")
                .contains("none.json: not found (expected the results.json of grading the stubs: run ./mvnw test");
    }

    @Test
    void reportPrintsTheTableOrSaysThereIsNone() {
        Path file = results(outcome("L1.1", 0, Categories.NOT_IMPLEMENTED));
        assertThat(run("report", "--results", file.toString())).startsWith("0 ").contains("GRADE: 0 / 1");
        assertThat(run("report", "--results", dir.resolve("none.json").toString())).startsWith("2 ")
                .contains("none.json: not found (expected the results.json of a graded run");
        assertThat(run()).startsWith("2 ").contains("name a subcommand");
    }
}
