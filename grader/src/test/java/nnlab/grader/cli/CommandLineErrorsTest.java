package nnlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nnlab.grader.release.ReleaseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subcommand answers a user's mistake (an unknown option, a missing required one, a file that does not exist
 * or is not what it reads, a bad value) with one line naming what was wrong and what was expected, exit code 2 and
 * no stack trace.
 */
class CommandLineErrorsTest {

    @TempDir
    static Path tmp;
    static String folder;
    static String notJson;
    static String existing;

    @BeforeAll
    static void inputs() throws IOException {
        folder = Files.createDirectories(tmp.resolve("folder")).toString();
        notJson = Files.writeString(tmp.resolve("results.json"), "<html>not json</html>").toString();
        existing = Files.createDirectories(tmp.resolve("existing")).toString();
    }

    static Stream<Arguments> mistakes() {
        String missing = "/nonexistent/results.json";
        return Stream.of(
                Arguments.of("nnlab", "name a subcommand", new String[] {}),
                Arguments.of("nnlab", "Unmatched argument at index 0: 'frobnicate' (expected a command: ",
                        new String[] {"frobnicate"}),
                Arguments.of("nnlab", "Unknown option: '--frob' (expected one of --help, --version)",
                        new String[] {"--frob"}),
                Arguments.of("nnlab report", missing + ": not found (expected the results.json of a graded run",
                        new String[] {"report", "--results", missing}),
                Arguments.of("nnlab report", "--results " + tmp.resolve("results.json") + ": not a results.json",
                        new String[] {"report", "--results", tmp.resolve("results.json").toString()}),
                Arguments.of("nnlab report", "Unknown option: '--result' (expected one of --help, --results,"
                        + " --version)", new String[] {"report", "--result"}),
                Arguments.of("nnlab check-stubs", missing + ": not found (expected the results.json of grading",
                        new String[] {"check-stubs", "--results", missing}),
                Arguments.of("nnlab check-stubs", "--results " + tmp.resolve("results.json") + ": not a results.json",
                        new String[] {"check-stubs", "--results", tmp.resolve("results.json").toString()}),
                Arguments.of("nnlab gradebook", "Missing required parameter: 'INPUT'", new String[] {"gradebook"}),
                Arguments.of("nnlab gradebook", "/nonexistent: not found (expected a results.json or a folder",
                        new String[] {"gradebook", "/nonexistent"}),
                Arguments.of("nnlab gradebook", "an empty INPUT (expected a results.json or a folder of submissions)",
                        new String[] {"gradebook", ""}),
                Arguments.of("nnlab gradebook", "argument 2 is missing (with a Maven profile, expected the -D"
                        + " property it names, such as -Dnnlab.submissions=DIR for -Pgradebook)",
                        new String[] {"gradebook", null, "--out", "gradebook.csv"}),
                Arguments.of("nnlab gradebook", "Unknown option: '--output'",
                        new String[] {"gradebook", "--output", "x.csv", "in"}),
                Arguments.of("nnlab grade", "Missing required option: '--out=DIR'", new String[] {"grade", "sub"}),
                Arguments.of("nnlab grade", "Invalid value for option '--jobs': 'many' is not an int",
                        new String[] {"grade", "--out", folder, "--jobs", "many", "sub"}),
                Arguments.of("nnlab grade", "--jobs 0: expected 1 or more",
                        new String[] {"grade", "--out", folder, "--jobs", "0", "sub"}),
                Arguments.of("nnlab grade", "/nonexistent/sub: ", new String[] {"grade", "--out", folder,
                    "/nonexistent/sub"}),
                Arguments.of("nnlab grade", "--roster /nonexistent/roster.csv: not found (expected a CSV roster",
                        new String[] {"grade", "--out", folder, "--roster", "/nonexistent/roster.csv", folder}),
                Arguments.of("nnlab merge", "--roster /nonexistent/roster.csv: not found (expected a CSV roster",
                        new String[] {"merge", "--out", folder, "--roster", "/nonexistent/roster.csv", folder}),
                Arguments.of("nnlab class-report", "--roster " + folder + ": not a file (expected a CSV roster",
                        new String[] {"class-report", "--out", folder, "--roster", folder}),
                Arguments.of("nnlab merge", "Missing required option: '--out=DIR'", new String[] {"merge", "s1"}),
                Arguments.of("nnlab merge", "/nonexistent/shard", new String[] {"merge", "--out", folder,
                    "/nonexistent/shard"}),
                Arguments.of("nnlab class-report", "Missing required option: '--out=DIR'",
                        new String[] {"class-report"}),
                Arguments.of("nnlab class-report", "/nonexistent/class: not a folder (expected the --out folder",
                        new String[] {"class-report", "--out", "/nonexistent/class"}),
                Arguments.of("nnlab run-graded", "Missing required option: '--test-classes=DIR'",
                        new String[] {"run-graded"}),
                Arguments.of("nnlab run-graded", "--test-classes /nonexistent/classes: not found (expected the"
                        + " folder of the compiled graded tests)",
                        new String[] {"run-graded", "--test-classes", "/nonexistent/classes"}),
                Arguments.of("nnlab run-graded", "Invalid value for option '--heap': 'lots' is not an int",
                        new String[] {"run-graded", "--test-classes", folder, "--heap", "lots"}),
                Arguments.of("nnlab run-graded", "--hidden-visibility: expected one of after_published,"
                        + " after_due_date, hidden or visible, found 'public'",
                        new String[] {"run-graded", "--test-classes", folder, "--hidden-visibility", "public"}),
                Arguments.of("nnlab run-graded", "--not-graded /nonexistent/list.txt: not found",
                        new String[] {"run-graded", "--test-classes", folder, "--not-graded", "/nonexistent/list.txt"}),
                Arguments.of("nnlab release", "Missing required parameter: 'MODE'", new String[] {"release"}),
                Arguments.of("nnlab release", "expected one of [generate, check, publish] (case-sensitive) but was"
                        + " 'ship'", new String[] {"release", "ship"}),
                Arguments.of("nnlab release", "--root /nonexistent/course: not found (expected the course"
                        + " repository)", new String[] {"release", "check", "--root", "/nonexistent/course"}),
                Arguments.of("nnlab release", "publish: missing --out DIR (expected the new folder for the student"
                        + " repository)", new String[] {"release", "publish", "--root", folder}),
                Arguments.of("nnlab release", existing + ": already exists (expected a new folder for the student"
                        + " release)", new String[] {"release", "publish", "--root", folder, "--out", existing}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mistakes")
    void oneLineExitCode2NoStackTrace(String command, String expected, String[] args) {
        CommandOutput run = CommandOutput.of(args);
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith(command + ": ").contains(expected)
                .doesNotContain("Exception", "\tat ", "Usage:");
        assertThat(run.out()).doesNotContain("Usage:", "Exception");
    }

    @Test
    void aRefusedPublishShowsEveryFindingNotOnlyItsFirstLine() {
        String findings = "the student release's README names 2 thing(s) the release does not have:\n"
                + "  README.md:118: names the path a/b/\n  README.md:120: names the profile -Px";

        assertThat(CommandErrors.userError(new ReleaseException(findings))).contains(findings);
    }
}
