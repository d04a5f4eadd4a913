package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlab.grader.cli.NnlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "For students" example is the real output of the command it shows: the scenario it describes (lab 3
 * written, L3.2 with a softmax before the cross-entropy, L3.3, L3.4 and L3.6 not yet) is graded here as
 * {@code ./mvnw test -Dtest=LossesTest} grades it on a fresh clone, and the output must be the README's block line
 * for line. When the report's wording changes, this test says which line of the README to update.
 */
class StudentReadmeExampleTest {

    private static final String COMMAND = "$ ./mvnw test -Dtest=LossesTest";
    private static final String FILE = "nnlab/lab3/Losses.java";

    @Test
    void theReadmesExampleIsWhatTheCommandPrints(@TempDir Path dir) throws Exception {
        List<String> example = readmeExample();
        assertThat(example).as("the README's example block under '## For students'").isNotEmpty();
        assertThat(example.get(0)).as("the command the README's example shows").isEqualTo(COMMAND);

        List<String> printed = grade(dir);

        // Maven's working folder is the repository; the test grades in a temporary one with the same layout, so the
        // results line ends the same and only its start differs.
        List<String> expected = example.subList(1, example.size());
        List<String> shown = printed.stream().map(l -> l.startsWith("results: ")
                && l.endsWith("/grader/target/grade/results.json") ? "results: grader/target/grade/results.json" : l)
                .map(String::stripTrailing).toList();
        assertThat(String.join(System.lineSeparator(), shown)).as("what the README's example command prints")
                .isEqualTo(String.join(System.lineSeparator(), expected));
    }

    /** The student's lab 3: the reference with L3.2's known mistake, and three steps not written yet. */
    private static List<String> grade(Path dir) throws Exception {
        String source = Submissions.sabotaged(FILE, "crossEntropy",
                "NDArray probabilities = logits.softmax(1);"
                        + " return probabilities.logSoftmax(1).gather(labels.reshape(-1, 1), 1).neg().mean();");
        for (String[] stub : new String[][] {{"crossEntropyWithProbabilities", "L3.3"},
                {"binaryCrossEntropy", "L3.4"}, {"handWrittenCrossEntropy", "L3.6"}}) {
            source = Submissions.sabotaged(source, FILE, stub[0],
                    "throw new nnlab.course.NotImplementedYet(\"" + stub[1] + "\");");
        }
        Path classes = dir.resolve("classes");
        Submissions.compile(FILE, source, classes);
        Path grader = dir.resolve("grader/target");
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = NnlabCommand.run("run-graded", "--test-classes", ContainmentTest.testClasses().toString(),
                    "--grade-dir", grader.resolve("grade").toString(), "--junit-xml",
                    grader.resolve("surefire-reports").toString(), "--allure-results",
                    grader.resolve("allure-results").toString(), "--class-path", Submissions.classPathWith(classes),
                    "--filter=LossesTest");
        } finally {
            System.setOut(out);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(code).as(output).isZero();
        return output.lines().toList();
    }

    /** The first fenced block of the README's "For students" section, without the list item's indent. */
    static List<String> readmeExample() throws Exception {
        List<String> readme = Files.readAllLines(Submissions.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## For students");
        List<String> block = new ArrayList<>();
        String indent = null;
        for (int i = section + 1; section >= 0 && i < readme.size() && !readme.get(i).startsWith("## "); i++) {
            String line = readme.get(i);
            if (line.strip().startsWith("```")) {
                if (indent != null) {
                    return block;
                }
                indent = line.substring(0, line.indexOf('`'));
                continue;
            }
            if (indent != null) {
                block.add((line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).stripTrailing());
            }
        }
        return List.of();
    }
}
