package nnlab.submission;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the {@link TolerantCompiler} did not compile as written: the report it writes after every run
 * ({@code exercises/target/nnlab-compile/report.json}), empty when every file compiled. The grader reads it with
 * {@link #read(Path)} and scores the steps of every listed file 0, category {@value #DOES_NOT_COMPILE}, with the
 * file's {@link FailedFile#diagnostics() diagnostics} as the output.
 *
 * <pre>{"files": [{"path": "nnlab/lab3/Losses.java", "steps": ["L3.1", "L3.2"], "reason": "does not compile",
 *   "gradedAs": "stub", "summary": "does not compile (line 42: ';' expected)",
 *   "diagnostics": "nnlab/lab3/Losses.java:42:33: error: ';' expected\n        return x\n                ^"}]}</pre>
 *
 * @param files the files not compiled as written, sorted by path
 */
public record CompileReport(List<FailedFile> files) {

    /** The reason of every listed file, and the grade's category for its steps. */
    public static final String DOES_NOT_COMPILE = "does not compile";
    /** {@link FailedFile#gradedAs()} of a course file: its generated stub was compiled in its place. */
    public static final String GRADED_AS_STUB = "stub";
    /** {@link FailedFile#gradedAs()} of a file the student added: it is not compiled at all. */
    public static final String LEFT_OUT = "left out";

    /**
     * One file that was not compiled as written.
     *
     * @param path the path relative to the source root, with '/' ({@code nnlab/lab3/Losses.java})
     * @param steps the steps of the file (from the stub manifest), each scoring 0; empty for a given file or one the
     *     student added
     * @param reason always {@value CompileReport#DOES_NOT_COMPILE}
     * @param gradedAs {@value CompileReport#GRADED_AS_STUB}, or {@value CompileReport#LEFT_OUT} for a file that is
     *     not in the manifest
     * @param summary one line for people: what is wrong and where, such as
     *     {@code does not compile (line 42: ';' expected)} or
     *     {@code does not declare 'static NDArray crossEntropy(NDArray, NDArray)' that the graded tests call
     *     (changed signature?)}
     * @param diagnostics the messages as javac prints them: {@code path:line:column: error: message}, the line of
     *     source and a caret under the column, then the message's further lines; one such block per error
     */
    public record FailedFile(String path, List<String> steps, String reason, String gradedAs, String summary,
            String diagnostics) {

        public FailedFile {
            steps = List.copyOf(steps);
        }

        /** Whether its stub was compiled in its place (else it was left out). */
        public boolean gradedAsStub() {
            return GRADED_AS_STUB.equals(gradedAs);
        }
    }

    public CompileReport {
        files = List.copyOf(files);
    }

    /** The report of a tree that compiled as written. */
    public static CompileReport empty() {
        return new CompileReport(List.of());
    }

    /** Whether every file compiled as written. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The listed file that holds a step, if any: that step is graded "does not compile". */
    public Optional<FailedFile> fileOfStep(String step) {
        return files.stream().filter(f -> f.steps().contains(step)).findFirst();
    }

    /**
     * Reads a report.
     *
     * @throws SubmissionInputException naming the file and the field when it is missing, unreadable or malformed
     */
    public static CompileReport read(Path file) {
        JsonFields json = JsonFields.of(file);
        JsonNode root = json.readObject("the tolerant compiler's report");
        JsonNode array = json.array(root, "files", "");
        List<FailedFile> files = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "files[" + i + "].";
            JsonNode node = json.object(array.get(i), "files[" + i + "]");
            files.add(new FailedFile(json.string(node, "path", where), json.strings(node, "steps", where),
                    json.string(node, "reason", where), json.string(node, "gradedAs", where),
                    json.string(node, "summary", where), json.string(node, "diagnostics", where)));
        }
        return new CompileReport(files);
    }

    /** The report as pretty-printed JSON with '\n' line ends. */
    public String toJson() {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        ArrayNode array = root.putArray("files");
        for (FailedFile f : files) {
            ObjectNode node = array.addObject();
            node.put("path", f.path());
            ArrayNode steps = node.putArray("steps");
            f.steps().forEach(steps::add);
            node.put("reason", f.reason());
            node.put("gradedAs", f.gradedAs());
            node.put("summary", f.summary());
            node.put("diagnostics", f.diagnostics());
        }
        return prettyJson(root);
    }

    /** Writes the report atomically: to a temporary file beside it, then moved into place. */
    public void write(Path file) {
        writeAtomically(file, toJson().getBytes(StandardCharsets.UTF_8));
    }

    static String prettyJson(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return JsonFields.MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void writeAtomically(Path file, byte[] content) {
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            // beside the file, with the permissions of any new file (createTempFile's would be owner-only)
            tmp = parent.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
            Files.write(tmp, content, java.nio.file.StandardOpenOption.CREATE_NEW);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new SubmissionInputException(file + ": cannot be written (" + e + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file's name says what it is
                }
            }
        }
    }
}
