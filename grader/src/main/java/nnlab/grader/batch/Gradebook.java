package nnlab.grader.batch;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nnlab.course.StepId;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.ResultsStore;

/**
 * The instructors' gradebook: one row per student (the folder holding the student's results.json), the total
 * and the points per step, from the results.json files that grading each submission wrote.
 */
public final class Gradebook {

    /** One student's grade. */
    public record Row(String student, double score, double maxScore, Map<String, Double> pointsByStep) {
    }

    private final List<Row> rows;

    private Gradebook(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads every {@code results.json} under the given folders (or the files themselves). A student is named by
     * the first folder below the given one that holds the file (e.g. {@code submissions/alice/.../results.json}).
     *
     * @throws IOException naming the file that is not a results.json
     */
    public static Gradebook read(List<Path> inputs) throws IOException {
        Map<String, Row> byStudent = new TreeMap<>();
        for (Path input : inputs) {
            for (Path file : resultsFiles(input)) {
                String student = studentOf(input, file);
                GradeResults.Gradescope g = ResultsStore.readResults(file);
                Map<String, Double> byStep = new TreeMap<>((a, b) -> StepId.parse(a).compareTo(StepId.parse(b)));
                g.tests().forEach(t -> byStep.merge(t.number(), t.score(), Double::sum));
                if (byStudent.put(student, new Row(student, g.score(), g.maxScore(), byStep)) != null) {
                    throw new IOException(file + ": a second results.json for student '" + student
                            + "' (one per submission folder expected)");
                }
            }
        }
        return new Gradebook(new ArrayList<>(byStudent.values()));
    }

    private static List<Path> resultsFiles(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new IOException(input + ": not found (expected a results.json or a folder of submissions)");
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(f -> f.getFileName().toString().equals("results.json")).sorted().toList();
        }
    }

    private static String studentOf(Path input, Path file) {
        if (Files.isRegularFile(input) || file.getParent().equals(input)) {
            Path folder = file.toAbsolutePath().getParent();
            return folder.getFileName() == null ? file.toString() : folder.getFileName().toString();
        }
        return input.relativize(file).getName(0).toString();
    }

    /** Writes the CSV to {@code out} (to a temporary file first, so a failure leaves no half-written file). */
    public void writeCsv(Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        ResultsStore.writeAtomically(target, toCsv());
    }

    /** The gradebook as CSV: student, score, max_score, then one column per step id in course order. */
    public byte[] toCsv() {
        TreeSet<StepId> steps = new TreeSet<>();
        rows.forEach(r -> r.pointsByStep().keySet().forEach(s -> steps.add(StepId.parse(s))));
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("student").addColumn("score").addColumn("max_score");
        steps.forEach(s -> schema.addColumn(s.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = new CsvMapper().writer(schema.build().withHeader()).writeValues(out)) {
            for (Row r : rows) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("student", r.student());
                line.put("score", GradeResults.points(r.score()));
                line.put("max_score", GradeResults.points(r.maxScore()));
                steps.forEach(s -> line.put(s.toString(), GradeResults.points(r.pointsByStep().getOrDefault(s.toString(), 0.0))));
                writer.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
