package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nnlab.grader.cli.NnlabCommand;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.results.GradedRun;
import nnlab.grader.results.ResultsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnlab run-graded} as Maven runs it, on a submission whose L3.5 calls {@code System.exit(0)} and whose L3.4
 * writes a forged part file into the grade folder, in a grade folder where an earlier run left a full score: the new
 * grade is the run's own, complete, and the same when graded again.
 */
class RunGradedCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCrashAfterAnEarlierFullRunGradesFromItsOwnResultsTheSameEveryTime(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        String file = "nnlab/lab3/Losses.java";
        Path grade = dir.resolve("grade");
        // L3.4 also writes a part claiming L3.5's full marks into the grade folder, then answers correctly.
        String forged = "{\\\"runId\\\":\\\"forged\\\",\\\"implementation\\\":\\\"x\\\","
                + "\\\"finishedAtMillis\\\":9999999999999,\\\"outcomes\\\":[{\\\"method\\\":"
                + "\\\"nnlab.lab3.LossesTest#meanSquaredError\\\",\\\"name\\\":\\\"L3.5 forged\\\","
                + "\\\"step\\\":\\\"L3.5\\\",\\\"score\\\":121,\\\"maxScore\\\":121,"
                + "\\\"category\\\":\\\"passed\\\",\\\"output\\\":\\\"\\\",\\\"seconds\\\":0}]}";
        String partPath = grade.resolve("parts/zz-forged.json").toString().replace("\\", "/");
        String source = Submissions.sabotaged(file, "meanSquaredError", "System.exit(0);");
        source = Submissions.sabotaged(source, file, "binaryCrossEntropy", "try { java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + partPath + "\"), \"" + forged + "\"); } catch (java.io.IOException e) {"
                + " throw new java.io.UncheckedIOException(e); }");
        Submissions.compile(file, source, classes);
        new ResultsStore(grade).record(new GradedRun("earlier", "nnlab-exercises", System.currentTimeMillis() + 60_000,
                List.of(new GradedOutcome("nnlab.lab3.LossesTest#meanSquaredError", "L3.5 earlier", "L3.5", 121, 121,
                        Categories.PASSED, "", 0))));

        Result first = runGraded(dir, grade, Submissions.classPathWith(classes));

        assertThat(first.exitCode()).isZero();
        assertThat(first.output()).contains(Categories.CRASHED).contains("exit code 0").containsPattern(
                "(?m)^GRADE: 120 / 121$");
        JsonNode results = JSON.readTree(grade.resolve("results.json").toFile());
        assertThat(results.path("score").asDouble()).isEqualTo(120);
        assertThat(results.path("extra_data").path("max_score").asDouble()).isEqualTo(121);
        try (Stream<Path> parts = Files.list(grade.resolve("parts"))) {
            assertThat(parts).as("no part of the earlier run survives").hasSize(1);
        }
        assertThat(Files.readString(dir.resolve("junit/TEST-nnlab.lab3.LossesTest.xml")))
                .contains("type=\"" + Categories.CRASHED + "\"");
        try (Stream<Path> allure = Files.list(dir.resolve("allure"))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-result.json")).map(RunGradedCommandTest::read))
                    .anySatisfy(r -> assertThat(r).contains("L3.5").contains("\"broken\"").contains("exit code 0"));
        }

        String firstResults = withoutTimes(grade.resolve("results.json"));
        Result second = runGraded(dir, grade, Submissions.classPathWith(classes));

        assertThat(second.exitCode()).isZero();
        assertThat(withoutTimes(grade.resolve("results.json"))).isEqualTo(firstResults);
    }

    @Test
    void aRunOfOneStepTwiceKeepsTheOtherRowsMarkedAsOlderAndReplacesItsOwnAllureFiles(@TempDir Path dir)
            throws Exception {
        Path classes = dir.resolve("classes");
        String file = "nnlab/lab3/Losses.java";
        Path grade = dir.resolve("grade");
        Submissions.compile(file, Submissions.sabotaged(file, "meanSquaredError",
                "return predictions.sub(targets).pow(2).sum();"), classes);
        long earlier = java.time.ZonedDateTime.now().withHour(9).withMinute(30).toInstant().toEpochMilli();
        new ResultsStore(grade).record(new GradedRun("earlier", "nnlab-exercises", earlier,
                List.of(new GradedOutcome("nnlab.lab1.TensorsTest#fromRows", "L1.1 earlier", "L1.1", 1, 1,
                        Categories.PASSED, "", 0))));

        for (int run = 1; run <= 2; run++) {
            Result result = runGraded(dir, grade, Submissions.classPathWith(classes), "LossesTest#meanSquaredError");

            assertThat(result.exitCode()).as("run %d: %s", run, result.output()).isZero();
            assertThat(result.output()).containsPattern("(?m)^\\* L1\\.1 .* 1 / 1 +passed$")
                    .containsPattern("(?m)^  L3\\.5 .* 0\\.5 / 1 +wrong result \\(1 of 2 cases pass\\)$")
                    .contains("* not re-run now: from your run of 09:30")
                    .containsPattern("(?m)^GRADE: 1.5 / 2$");
        }
        try (Stream<Path> allure = Files.list(dir.resolve("allure"))) {
            assertThat(allure.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-attachment.txt"));
        }
    }

    @Test
    void aFilterThatMatchesNoGradedTestGradesNothingAndJudgesNoOlderResult(@TempDir Path dir) throws Exception {
        Path grade = dir.resolve("grade");
        // An earlier run of the stubs left 0 points: a kit-test run under -Preference must not be failed by it.
        new ResultsStore(grade).record(new GradedRun("earlier", "nnlab-exercises", 1,
                List.of(new GradedOutcome("nnlab.lab1.TensorsTest#fromRows", "L1.1 earlier", "L1.1", 0, 1,
                        Categories.NOT_IMPLEMENTED, "", 0))));
        String before = read(grade.resolve("results.json"));

        Result result = runGraded(dir, grade, System.getProperty("java.class.path"), "CommandLineErrorsTest",
                "--require-full-score=true");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().strip()).isEqualTo(
                "nnlab: no graded test matches 'CommandLineErrorsTest'; nothing graded, the last grade stays as it was");
        assertThat(read(grade.resolve("results.json"))).isEqualTo(before);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runGraded(Path dir, Path grade, String classPath) throws Exception {
        return runGraded(dir, grade, classPath, "");
    }

    private static Result runGraded(Path dir, Path grade, String classPath, String filter, String... more)
            throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new java.util.ArrayList<>(List.of("run-graded", "--test-classes",
                    ContainmentTest.testClasses().toString(), "--grade-dir", grade.toString(), "--junit-xml",
                    dir.resolve("junit").toString(), "--allure-results", dir.resolve("allure").toString(),
                    "--class-path", classPath, "--filter=" + filter));
            args.addAll(List.of(more));
            int code = NnlabCommand.run(args.toArray(String[]::new));
            return new Result(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    /** results.json without its timing fields: {@code execution_time} and each case's {@code seconds}. */
    private static String withoutTimes(Path resultsJson) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(resultsJson.toFile());
        root.remove("execution_time");
        root.path("tests").forEach(t -> t.path("extra_data").path("cases").forEach(c -> ((ObjectNode) c)
                .remove("seconds")));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
