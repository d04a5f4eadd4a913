package nnlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nnlab.grader.results.ResultsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nnlab report}: prints the failures to fix and the score table of a results.json. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Prints the failures (with hints) and the score table of a results.json.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--results", description = "the results.json to read (default: ${DEFAULT-VALUE})")
    private Path results = Path.of("grader/target/grade/results.json");

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isRegularFile(results)) {
            out.println("nnlab: no graded results in " + results + " (no graded test ran)");
            return 0;
        }
        out.print(ResultsStore.readGradeResults(results).report(results));
        return 0;
    }
}
