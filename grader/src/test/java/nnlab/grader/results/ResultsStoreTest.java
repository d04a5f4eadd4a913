package nnlab.grader.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

    @TempDir
    Path dir;

    private static GradedOutcome outcome(String method, String step, double score, double max, String category) {
        return new GradedOutcome(method, step + " " + method, step, score, max, category, "", 0.1);
    }

    @Test
    void partsFromParallelForksAddUpAndTheLatestRunOfAMethodWins() throws Exception {
        ResultsStore store = new ResultsStore(dir);
        store.record(new GradedRun("fork-a", "x", 1000,
                List.of(outcome("A#one", "L1.1", 0, 1, Categories.WRONG_RESULT))));
        GradeResults merged = store.record(new GradedRun("fork-b", "x", 1001,
                List.of(outcome("B#two", "L1.2", 2, 2, Categories.PASSED))));
        assertThat(merged.score()).isEqualTo(2);
        assertThat(merged.maxScore()).isEqualTo(3);

        // A later run of A#one replaces its outcomes, whatever order the part files sort in.
        merged = store.record(new GradedRun("0-first-by-name", "x", 2000,
                List.of(outcome("A#one", "L1.1", 1, 1, Categories.PASSED))));
        assertThat(merged.score()).isEqualTo(3);
        assertThat(merged.outcomes()).extracting(GradedOutcome::method).containsExactly("A#one", "B#two");
        assertThat(dir.resolve("results.json")).exists();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.json", "parts",
                    ".lock");
        }
    }

    @Test
    void aCorruptPartIsNamedWithWhatToDo() throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/broken.json"), "{ not json");
        ResultsStore store = new ResultsStore(dir);
        assertThatThrownBy(() -> store.record(new GradedRun("r", "x", 1, List.of())))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("broken.json: not a graded run written by this grader")
                .hasMessageContaining("./mvnw clean");
        assertThat(dir.resolve("results.json")).doesNotExist();
    }

    @Test
    void resultsJsonRoundTrips() throws Exception {
        ResultsStore store = new ResultsStore(dir);
        GradeResults merged = store.record(new GradedRun("r", "x", 1, List.of(
                outcome("A#one", "L1.1", 0, 1, Categories.WRONG_RESULT),
                outcome("A#two", "L2.1", 1, 1, Categories.PASSED))));
        GradeResults read = ResultsStore.readGradeResults(store.resultsFile());
        assertThat(read.scoreTable()).isEqualTo(merged.scoreTable());
        Files.writeString(dir.resolve("other.json"), "[]");
        assertThatThrownBy(() -> ResultsStore.readResults(dir.resolve("other.json")))
                .hasMessageStartingWith(dir.resolve("other.json") + ": not a results.json written by nnlab's grader");
    }
    @Test
    void aRunOfOneTestKeepsTheOthersOutcomesAndTheTableSaysTheyAreOlder() {
        ResultsStore store = new ResultsStore(dir);
        long first = java.time.ZonedDateTime.now().withHour(9).withMinute(30).toInstant().toEpochMilli();
        store.record(new GradedRun("whole", "x", first, List.of(
                outcome("A#one", "L1.1", 0, 1, Categories.WRONG_RESULT),
                outcome("B#two", "L3.2", 0, 2, Categories.WRONG_RESULT))));

        GradeResults partial = store.record(new GradedRun("only-B", "x", first + 60_000,
                List.of(outcome("B#two", "L3.2", 2, 2, Categories.PASSED))));

        assertThat(partial.score()).isEqualTo(2);
        assertThat(partial.scoreTable()).contains("* L1.1 ").contains("\n  L3.2 ".replace("\n", System.lineSeparator()))
                .contains("* not re-run now: from your run of 09:30");
        assertThat(ResultsStore.earlierRuns(List.of(new GradedRun("whole", "x", first,
                List.of(outcome("A#one", "L1.1", 0, 1, Categories.WRONG_RESULT)))), "whole")).isEmpty();
    }
}
