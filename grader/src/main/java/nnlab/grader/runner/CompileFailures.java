package nnlab.grader.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nnlab.submission.CompileReport;
import nnlab.submission.SubmissionInputException;

/**
 * The steps whose source file did not compile, as the exercises build's tolerant compiler reports them
 * ({@link CompileReport}): each such file was replaced by its stub, and every test of its steps scores "does not
 * compile" with javac's message.
 */
public final class CompileFailures {

    private final Map<String, String> byStep;

    private CompileFailures(Map<String, String> byStep) {
        this.byStep = byStep;
    }

    /** No file failed (the reference, or a build without the tolerant compiler). */
    public static CompileFailures none() {
        return new CompileFailures(Map.of());
    }

    /**
     * Reads the compile report; no report (or an empty path) means every file compiled as written.
     *
     * @throws IOException naming the file and the field when it is not a compile report
     */
    public static CompileFailures read(Path report) throws IOException {
        if (report == null || report.toString().isEmpty() || !Files.isRegularFile(report)) {
            return none();
        }
        try {
            return of(CompileReport.read(report));
        } catch (SubmissionInputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The failures a report lists. */
    public static CompileFailures of(CompileReport report) {
        Map<String, String> byStep = new LinkedHashMap<>();
        for (CompileReport.FailedFile f : report.files()) {
            String message = RunnerMessages.doesNotCompile(f.path(), f.diagnostics());
            f.steps().forEach(step -> byStep.put(step, message));
        }
        return new CompileFailures(byStep);
    }

    /** javac's message for the step's file, if the file did not compile. */
    public Optional<String> of(String step) {
        return Optional.ofNullable(byStep.get(step));
    }
}
