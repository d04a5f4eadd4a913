package nnlab.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The workflows in {@code .github/workflows}: every action at its current major (the v4 majors ran on Node 20,
 * which GitHub retired), the student's feedback workflow run once per change and still titled as feedback, and the
 * course CI in the Debian 12 container whose apt has the PyTorch the fixtures were made with. Jackson's YAML module
 * is not on the class path (the BOM's version is not in the offline repository), so the files are read line by
 * line, by indentation, which is all these checks need.
 */
class WorkflowsTest {

    private static final Path WORKFLOWS = Path.of("..", ".github", "workflows");

    /**
     * The current major of every action the workflows use (checked 2026-12: checkout v7.0.1, setup-java v6.0.0,
     * upload-artifact v7.0.1, download-artifact v8.0.1, all on Node 24). A new action must be added here.
     */
    private static final Map<String, String> MAJORS = Map.of("actions/checkout", "v7", "actions/setup-java", "v6",
            "actions/upload-artifact", "v7", "actions/download-artifact", "v8");

    private static final Pattern USES = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*([\\w.-]+/[\\w.-]+)@(\\S+)\\s*$");

    private static List<String> lines(String workflow) throws IOException {
        return Files.readAllLines(WORKFLOWS.resolve(workflow), StandardCharsets.UTF_8);
    }

    /** The lines of the block under {@code key} at {@code indent} spaces (comments dropped), up to its end. */
    private static List<String> block(List<String> lines, int indent, String key) {
        List<String> block = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int at = line.length() - line.stripLeading().length();
            if (at == indent && line.strip().startsWith(key + ":")) {
                in = true;
                block.add(line);
            } else if (in && at <= indent) {
                break;
            } else if (in) {
                block.add(line);
            }
        }
        assertThat(block).as("a '%s:' block at indentation %d", key, indent).isNotEmpty();
        return block;
    }

    @Test
    void everyActionIsAtItsCurrentMajor() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                for (String line : lines(file.getFileName().toString())) {
                    Matcher m = USES.matcher(line);
                    if (line.contains("uses:")) {
                        assertThat(m.matches()).as("%s: %s", file, line).isTrue();
                        assertThat(MAJORS).as("%s: %s: an action this test does not know", file, line)
                                .containsKey(m.group(1));
                        assertThat(m.group(2)).as("%s: %s", file, line).isEqualTo(MAJORS.get(m.group(1)));
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).containsAll(MAJORS.keySet());
        assertThat(used).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void theFeedbackRunsOncePerChangeAndSaysItIsNotTheGrade() throws IOException {
        List<String> grade = lines("grade.yml");
        assertThat(grade).contains("name: feedback only — not your grade");
        List<String> on = block(grade, 0, "on");
        assertThat(on).contains("  push:", "  pull_request:");
        // A pull request from a branch of the same repository was graded by its push: only forks' run.
        List<String> job = block(block(grade, 0, "jobs"), 2, "feedback");
        assertThat(job).contains("    name: feedback only — not your grade");
        assertThat(job).filteredOn(l -> l.startsWith("    if:")).singleElement().asString().isEqualTo("    if:"
                + " github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name !="
                + " github.repository");
        // And a newer run of the same ref replaces one still running.
        assertThat(block(grade, 0, "concurrency")).contains("  group: ${{ github.workflow }}-${{ github.ref }}",
                "  cancel-in-progress: true");
    }

    @Test
    void courseCiRunsInDebian12WhoseAptHasTheFixturesPyTorch() throws IOException {
        List<String> ci = lines("course-ci.yml");
        List<String> job = block(block(ci, 0, "jobs"), 2, "ci");
        List<String> container = block(job, 4, "container");
        assertThat(container).contains("      image: debian:12", "      options: --privileged");
        assertThat(String.join("\n", job)).contains("python3-torch python3-numpy").contains("run: .ci/run");
    }
}
