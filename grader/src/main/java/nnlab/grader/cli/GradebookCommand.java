package nnlab.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnlab.grader.batch.BatchInputException;
import nnlab.grader.batch.Gradebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnlab gradebook}: one CSV row per student from the results.json of every graded submission. */
@Command(name = "gradebook", mixinStandardHelpOptions = true,
        description = {"Collects the results.json of graded submissions into one CSV in the layout of gradebook.csv:",
            "student, id, status, score, max_score, percent, the points per lab and per step, notes. A student is",
            "the first folder below an input that holds a results.json. Exits 2 when an input is not one.",
            "For a class graded by nnlab grade, see class-report."})
final class GradebookCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "results.json files, or folders of submissions")
    private List<Path> inputs;

    @Option(names = "--out", description = "the CSV to write (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("gradebook.csv");

    @Override
    public Integer call() {
        Gradebook book;
        try {
            book = Gradebook.read(inputs);
            book.writeCsv(out);
        } catch (IOException | BatchInputException e) {
            System.err.println("nnlab gradebook: " + e.getMessage().lines().findFirst().orElse(""));
            return 2;
        }
        System.out.println("gradebook: " + book.rows().size() + " students written to " + out);
        return 0;
    }
}
