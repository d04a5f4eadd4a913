package nnlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nnlab.grader.results.GradeResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nnlab report}: prints the failures to fix and the score table of a results.json. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Print the failures and the score table of a graded run.",
        description = "Prints the failures (with hints) and the score table of a results.json. Exits 2 when the"
            + " file is missing or is not a results.json.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--results", paramLabel = "FILE",
            description = "the results.json to read (default: ${DEFAULT-VALUE})")
    private Path results = Path.of("grader/target/grade/results.json");

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GradeResults graded = Inputs.gradeResults(spec, "--results", results, "the results.json of a graded run: run ./mvnw test first");
        out.print(graded.report(results));
        return 0;
    }
}
