package nnlab.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stub manifest, {@code exercises/stubs.json}: for every Java file of the reference's source tree, its path
 * relative to the source root, the steps of its {@code @Solution} methods and the full source of its generated
 * stub, which is exactly what the student's {@code exercises/src/main/java/<path>} holds before any edit. Written
 * by the release tool ({@code nnlab release generate}) with {@link #toJson()}, read by the {@link TolerantCompiler}.
 *
 * <pre>{"generated": "...", "files": [{"path": "nnlab/lab3/Losses.java", "steps": ["L3.1", ...],
 *   "source": "// GENERATED ..."}, ...]}</pre>
 *
 * @param generated what the file is and who writes it
 * @param files one entry per Java file, sorted by path
 */
public record StubManifest(String generated, List<Entry> files) {

    /** The name of the first field. */
    public static final String GENERATED_FIELD = "generated";

    /**
     * One Java file of the course.
     *
     * @param path its path relative to the source root, with '/' ({@code nnlab/lab3/Losses.java})
     * @param steps the step ids of its {@code @Solution} methods, in source order; empty for a given file
     * @param source the stub's full source
     */
    public record Entry(String path, List<String> steps, String source) {

        public Entry {
            steps = List.copyOf(steps);
        }
    }

    public StubManifest {
        files = List.copyOf(files);
    }

    /** The entries by path. */
    public Map<String, Entry> byPath() {
        Map<String, Entry> out = new LinkedHashMap<>();
        files.forEach(e -> out.put(e.path(), e));
        return Collections.unmodifiableMap(out);
    }

    /** The entry of one path. */
    public Optional<Entry> entry(String path) {
        return files.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** The manifest as the release tool writes it: pretty-printed JSON with '\n' line ends, fields in this order. */
    public String toJson() {
        ObjectNode root = JsonFields.MAPPER.createObjectNode();
        root.put(GENERATED_FIELD, generated);
        ArrayNode array = root.putArray("files");
        for (Entry e : files) {
            ObjectNode node = array.addObject();
            node.put("path", e.path());
            ArrayNode steps = node.putArray("steps");
            e.steps().forEach(steps::add);
            node.put("source", e.source());
        }
        return CompileReport.prettyJson(root);
    }

    /**
     * Reads and checks a manifest.
     *
     * @throws SubmissionInputException naming the file and the field when it is missing, unreadable or malformed
     */
    public static StubManifest read(Path file) {
        JsonFields json = JsonFields.of(file);
        JsonNode root = json.readObject("the stub manifest written by ./mvnw -q -Prelease-generate process-classes");
        String generated = root.has(GENERATED_FIELD) ? json.string(root, GENERATED_FIELD, "") : "";
        JsonNode array = json.array(root, "files", "");
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "files[" + i + "].";
            JsonNode node = json.object(array.get(i), "files[" + i + "]");
            String path = json.string(node, "path", where);
            if (!isRelativeJavaPath(path)) {
                throw json.problem(where + "path", "'" + path + "' is not a relative path of a .java file"
                        + " (expected such as nnlab/lab3/Losses.java)");
            }
            Integer earlier = seen.put(path, i);
            if (earlier != null) {
                throw json.problem(where + "path", "'" + path + "' is listed twice (also files[" + earlier + "])");
            }
            entries.add(new Entry(path, json.strings(node, "steps", where), json.string(node, "source", where)));
        }
        return new StubManifest(generated, entries);
    }

    static boolean isRelativeJavaPath(String path) {
        if (path.isEmpty() || !path.endsWith(".java") || path.startsWith("/") || path.contains("\\")
                || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
