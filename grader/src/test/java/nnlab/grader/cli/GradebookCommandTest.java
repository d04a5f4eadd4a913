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
    void aBrokenOrMissingResultsJsonGivesItsRowWithTheReasonAndTheCsvIsStillWritten() throws Exception {
        graded("alice", 1, 1, 1);
        Path subs = dir.resolve("submissions");
        Files.createDirectories(subs.resolve("bob/grader/target/grade"));
        Files.writeString(subs.resolve("bob/grader/target/grade/results.json"), "<html>502 Bad Gateway</html>");
        Files.createDirectories(subs.resolve("carol"));
        Files.writeString(subs.resolve("carol/results.json"), "{\"tests\": [{\"number\": \"L3.1\"}]}");
        Files.createDirectories(subs.resolve("dave/grader"));
        Path csv = dir.resolve("out/gradebook.csv");
        CommandOutput run = CommandOutput.of("gradebook", subs.toString(), "--out", csv.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly(
                "student,id,status,score,max_score,percent,L3,L3.1,L3.10,notes",
                "alice,alice,graded,3,3,100.0,3,1,2,",
                "bob,bob,broken,,,,,,,\"bob/grader/target/grade/results.json: not valid JSON (line 1, column 1):"
                        + " Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number,"
                        + " Array, Object or token 'null', 'true' or 'false')\"",
                "carol,carol,broken,,,,,,,\"carol/results.json: field 'tests[0].score' is missing, expected a"
                        + " number\"",
                "dave,dave,missing,,,,,,,no results.json under dave/ (not graded?)");
        assertThat(run.err().lines()).containsExactly(
                "nnlab gradebook: warning: bob: bob/grader/target/grade/results.json: not valid JSON (line 1,"
                        + " column 1): Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number,"
                        + " Array, Object or token 'null', 'true' or 'false')",
                "nnlab gradebook: warning: carol: carol/results.json: field 'tests[0].score' is missing, expected a"
                        + " number",
                "nnlab gradebook: warning: dave: no results.json under dave/ (not graded?)");
        assertThat(run.out()).contains("nnlab gradebook: 4 students written to " + csv
                + " (3 without a grade: see notes)");
    }

    @Test
    void aResultsJsonGivenByItselfIsOneStudentsRowEvenWhenBroken() throws Exception {
        Files.createDirectories(dir.resolve("carol"));
        Files.writeString(dir.resolve("carol/results.json"), "{}");
        Path csv = dir.resolve("g.csv");
        CommandOutput run = CommandOutput.of("gradebook", dir.resolve("carol/results.json").toString(), "--out",
                csv.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly("student,id,status,score,max_score,percent,notes",
                "carol,carol,broken,,,,\"results.json: field 'tests' is missing, expected an array of tests"
                        + " (Gradescope's results.json)\"");
    }

    @Test
    void theCsvIsReplacedWholeAndNoTemporaryFileIsLeft() throws Exception {
        graded("alice", 1, 1, 1);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path csv = out.resolve("gradebook.csv");
        Files.writeString(csv, "an older gradebook, longer than the new one ".repeat(100));
        assertThat(CommandOutput.of("gradebook", dir.resolve("submissions").toString(), "--out", csv.toString())
                .code()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2).first().asString().startsWith("student,id,status");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("gradebook.csv");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineExit2AndLeavesNoFile() throws Exception {
        graded("alice", 1, 1, 1);
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        CommandOutput run = CommandOutput.of("gradebook", dir.resolve("submissions").toString(), "--out",
                blocker.resolve("gradebook.csv").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().strip()).isEqualTo("nnlab gradebook: " + blocker + ": already exists (expected a folder"
                + " there, or nothing)");
        assertThat(Files.readString(blocker)).isEqualTo("not a folder");
    }

    @Test
    void oneStudentInTwoInputsIsAUsageError() throws Exception {
        graded("alice", 1, 1, 1);
        Path other = dir.resolve("other/alice");
        Files.createDirectories(other);
        Files.copy(dir.resolve("submissions/alice/grader/target/grade/results.json"), other.resolve("results.json"));
        Path csv = dir.resolve("g.csv");
        CommandOutput run = CommandOutput.of("gradebook", dir.resolve("submissions").toString(),
                dir.resolve("other").toString(), "--out", csv.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("nnlab gradebook: " + dir.resolve("other")
                + ": student 'alice' is also in " + dir.resolve("submissions") + " (expected each student in one"
                + " input)");
        assertThat(csv).doesNotExist();
    }
}
