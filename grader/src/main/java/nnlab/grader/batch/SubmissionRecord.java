package nnlab.grader.batch;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DIR/<student>/submission.json}: what was graded for one student and how it went.
 *
 * <pre>{"student": "alice", "id": "s001", "status": "graded", "reason": "", "source": "alice.zip",
 *  "email": "", "sis_id": "", "section": "", "not_graded": ["pom.xml"],
 *  "student_files": ["exercises/src/main/java/nnlab/lab3/Losses.java"], "notes": [],
 *  "seconds": {"intake": 0.1, "compile": 2.0, "grade": 20.3, "report": 1.2}}</pre>
 *
 * Status is {@code graded}, {@code empty} (no student file: graded as the stubs), {@code broken} (not graded: the
 * reason says why) or {@code missing} (on the roster, no submission). Only {@code seconds} changes from one grading
 * of the same submission to the next.
 */
public record SubmissionRecord(String student, String id, Intake.Status status, String reason, String source,
        Roster.Student rosterEntry, List<String> notGraded, List<String> studentFiles, List<String> notes,
        Map<String, Double> seconds) {

    /** The file's name in a student's folder. */
    public static final String FILE = "submission.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public SubmissionRecord {
        notGraded = List.copyOf(notGraded);
        studentFiles = List.copyOf(studentFiles);
        notes = List.copyOf(notes);
        seconds = new LinkedHashMap<>(seconds);
    }

    /** As JSON, fields in a fixed order. */
    public ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("student", student);
        node.put("id", id);
        node.put("status", status.text());
        node.put("reason", reason);
        node.put("source", source);
        node.put("email", rosterEntry == null ? "" : rosterEntry.email());
        node.put("sis_id", rosterEntry == null ? "" : rosterEntry.sisId());
        node.put("section", rosterEntry == null ? "" : rosterEntry.section());
        notGraded.forEach(node.putArray("not_graded")::add);
        studentFiles.forEach(node.putArray("student_files")::add);
        notes.forEach(node.putArray("notes")::add);
        ObjectNode times = node.putObject("seconds");
        seconds.forEach((k, v) -> times.put(k, Math.round(v * 1000) / 1000.0));
        return node;
    }

    /** Writes it to {@code dir/submission.json}. */
    public void write(Path dir) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FILE), JSON.writer(printer).writeValueAsString(toJson()) + "\n");
    }

    /** Reads one back (for merge). */
    public static JsonNode read(Path dir) throws IOException {
        return JSON.readTree(dir.resolve(FILE).toFile());
    }
}
