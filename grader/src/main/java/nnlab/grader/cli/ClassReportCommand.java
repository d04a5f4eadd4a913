package nnlab.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nnlab.grader.batch.ClassOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nnlab class-report}: the gradebook and class report of a class {@code nnlab grade} already graded. */
@Command(name = "class-report", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Write the gradebooks and class report of a graded class.",
        description = {"Writes the class outputs into a folder nnlab grade wrote (one folder per student with"
            + " results.json and submission.json): gradebook.csv, gradebook-canvas.csv (Canvas's import layout),"
            + " class-report.csv and class-report.html. Exits 2 when an input is not what grading writes."})
final class ClassReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder nnlab grade wrote")
    private Path out;

    @Option(names = "--roster", paramLabel = "FILE", description = "the roster nnlab grade took: a CSV with the"
            + " columns id, name (or github) and optionally email, sis_id, section")
    private Path roster;

    @Override
    public Integer call() throws IOException {
        if (roster != null) {
            Inputs.readableFile(spec, "--roster", roster, "a CSV roster with a header: id, name (or github)");
        }
        ClassOutputs.write(out, Optional.ofNullable(roster));
        System.out.println("nnlab class-report: " + out.resolve(ClassOutputs.GRADEBOOK) + ", "
                + ClassOutputs.CANVAS + ", " + ClassOutputs.REPORT_CSV + ", " + ClassOutputs.REPORT_HTML);
        return 0;
    }
}
