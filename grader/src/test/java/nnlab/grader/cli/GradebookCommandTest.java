package nnlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.GradedRun;
import nnlab.grader.results.ResultsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookCommandTest {

    @TempDir
    Path dir;

    private void graded(String student, double l31, double l310case1, double l310case2) {
        new ResultsStore(dir.resolve("submissions").resolve(student).resolve("grader/target/grade")).record(
                new GradedRun("r", "nnlab-exercises", 1, List.of(
                        new GradedOutcome("T#a", "L3.1 a", "L3.1", l31, 1, category(l31), "", 0),
                        new GradedOutcome("T#b", "L3.10 b · 1", "L3.10", l310case1, 1, category(l310case1), "", 0),
                        new GradedOutcome("T#b", "L3.10 b · 2", "L3.10", l310case2, 1, category(l310case2), "", 0))));
    }

    private static String category(double points) {
        return points > 0 ? Categories.PASSED : Categories.WRONG_RESULT;
    }

    @Test
    void oneRowPerStudentWithPointsPerStepInCourseOrder() throws Exception {
        graded("bob", 0, 1, 1);
        graded("alice", 1, 1, 0);
        Path csv = dir.resolve("out/gradebook.csv");
        assertThat(NnlabCommand.run("gradebook", dir.resolve("submissions").toString(), "--out", csv.toString()))
                .isZero();
        assertThat(Files.readAllLines(csv)).containsExactly(
                "student,id,status,score,max_score,percent,L3,L3.1,L3.10,notes",
                "alice,alice,graded,2,3,66.7,2,1,1,",
                "bob,bob,graded,2,3,66.7,2,0,2,");
    }

    @Test
    void aFileThatIsNotAResultsJsonIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("carol"));
        Files.writeString(dir.resolve("carol/results.json"), "{}");
        assertThat(NnlabCommand.run("gradebook", dir.resolve("carol/results.json").toString(), "--out",
                dir.resolve("g.csv").toString())).isEqualTo(2);
        assertThat(dir.resolve("g.csv")).doesNotExist();
    }
}
