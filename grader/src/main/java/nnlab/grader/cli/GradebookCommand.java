package nnlab.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnlab.grader.batch.Gradebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnlab gradebook}: one CSV row per student from the results.json of every graded submission. A submission
 * whose results.json is missing or unreadable still gets its row, with the reason, and a warning line: the
 * instructor sees every student, and one broken file does not cost the class its gradebook.
 */
@Command(name = "gradebook", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Collect separately graded submissions into one CSV.",
        description = {"Writes one CSV in the layout of gradebook.csv: student, id, status, score, max_score,"
            + " percent, the points per lab and per step, notes. A student is a folder below an input (or an"
            + " input that holds a results.json itself).",
            "A student without a results.json gets a 'missing' row, one whose results.json cannot be read a"
            + " 'broken' row, each with the reason in its notes and a warning on stderr; the CSV is written"
            + " whole or not at all. Exits 2 when an input does not exist. For a class graded by nnlab grade, see"
            + " class-report."},
        footer = {"", "Example: ./nnlab gradebook --out gradebook.csv artifacts/"})
final class GradebookCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "results.json files, or folders of"
            + " submissions")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "the CSV to write (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("gradebook.csv");

    @Override
    public Integer call() throws IOException {
        if (inputs.stream().anyMatch(p -> p.toString().isBlank())) {
            throw new Inputs.BadInput(spec, "an empty INPUT (expected a results.json or a folder of submissions)");
        }
        Gradebook book = Gradebook.read(inputs);
        book.writeCsv(out);
        book.warnings().forEach(w -> System.err.println("nnlab gradebook: warning: " + w));
        System.out.println("nnlab gradebook: " + book.rows().size() + " students written to " + out
                + (book.warnings().isEmpty() ? "" : " (" + book.warnings().size() + " without a grade: see notes)"));
        return 0;
    }
}
