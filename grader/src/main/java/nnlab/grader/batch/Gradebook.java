package nnlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The gradebook of submissions graded one by one (such as the downloaded artifacts of {@code grade.yml}): every
 * results.json found below the given folders, a student per folder, in the layout of {@code gradebook.csv}
 * ({@link GradebookCsv}). A class graded by {@code nnlab grade} gets its gradebook from {@link ClassOutputs}.
 */
public final class Gradebook {

    private final List<ClassRow> rows;

    private Gradebook(List<ClassRow> rows) {
        this.rows = rows;
    }

    /** One row per student, sorted by student. */
    public List<ClassRow> rows() {
        return rows;
    }

    /**
     * Reads every {@code results.json} under the given folders (or the files themselves). A student is named by
     * the first folder below the given one that holds the file (e.g. {@code submissions/alice/.../results.json}).
     *
     * @throws BatchInputException naming the file, and the field, that is not a results.json
     */
    public static Gradebook read(List<Path> inputs) throws IOException {
        Map<String, ClassRow> byStudent = new TreeMap<>();
        for (Path input : inputs) {
            for (Path file : resultsFiles(input)) {
                String student = studentOf(input, file);
                StudentRecord record = new StudentRecord(student, student, StudentRecord.GRADED, "", List.of(),
                        List.of(), "", "", "", Optional.of(ClassFolder.readGrade(file)));
                if (byStudent.put(student, new ClassRow(record, Optional.empty(), true)) != null) {
                    throw new BatchInputException(file + ": a second results.json for student '" + student
                            + "' (one per submission folder expected)");
                }
            }
        }
        return new Gradebook(List.copyOf(new ArrayList<>(byStudent.values())));
    }

    private static List<Path> resultsFiles(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new BatchInputException(input + ": not found (expected a results.json or a folder of submissions)");
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(f -> f.getFileName().toString().equals(ClassFolder.RESULTS)).sorted().toList();
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
        ClassOutputs.writeAtomically(target, toCsv());
    }

    /** The gradebook as CSV, in the layout of {@code gradebook.csv}. */
    public byte[] toCsv() {
        return GradebookCsv.of(rows);
    }
}
