package nnlab.grader.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nnlab.grader.Messages;

/**
 * The steps whose source file did not compile, as the exercises build's tolerant compiler reports them: each such
 * file was replaced by its stub, and every test of its steps scores "does not compile" with javac's message.
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
     * Reads the compile report; a missing file means every file compiled as written.
     *
     * @throws IOException naming the file and the field when it is not a compile report
     */
    public static CompileFailures read(Path report) throws IOException {
        if (report == null || !Files.isRegularFile(report)) {
            return none();
        }
        JsonNode root = EventChannel.JSON.readTree(report.toFile());
        JsonNode files = root.path("files");
        if (!files.isArray()) {
            throw new IOException(report + ": files: expected a list of the files that did not compile");
        }
        Map<String, String> byStep = new LinkedHashMap<>();
        for (JsonNode f : files) {
            String message = Messages.doesNotCompile(f.path("path").asText(), f.path("diagnostics").asText());
            for (JsonNode step : f.path("steps")) {
                byStep.put(step.asText(), message);
            }
        }
        return new CompileFailures(byStep);
    }

    /** javac's message for the step's file, if the file did not compile. */
    public Optional<String> of(String step) {
        return Optional.ofNullable(byStep.get(step));
    }
}
