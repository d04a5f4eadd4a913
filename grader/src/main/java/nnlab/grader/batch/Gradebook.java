package nnlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The gradebook of submissions graded one by one (such as the downloaded artifacts of {@code grade.yml}): every
 * results.json found below the given folders, a student per folder, in the layout of {@code gradebook.csv}
 * ({@link GradebookCsv}). A class graded by {@code nnlab grade} gets its gradebook from {@link ClassOutputs}.
 *
 * <p>One bad submission must not cost the class its gradebook: a student whose results.json is not JSON, does not
 * hold what a results.json holds, cannot be read or is not unique gets a {@code broken} row, and a student folder
 * without one a {@code missing} row, each with the reason in its notes and in {@link #warnings()}. Only what the
 * instructor named (an input that does not exist, one student in two inputs) stops the gradebook.
 */
public final class Gradebook {

    private final List<ClassRow> rows;
    private final List<String> warnings;

    private Gradebook(List<ClassRow> rows, List<String> warnings) {
        this.rows = rows;
        this.warnings = warnings;
    }

    /** One row per student, sorted by student. */
    public List<ClassRow> rows() {
        return rows;
    }

    /** One line per student whose row has no grade, {@code student: reason}, sorted by student. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Reads every {@code results.json} under the given folders (or the files themselves). A student is named by
     * the first folder below the given one (e.g. {@code submissions/alice/.../results.json}); a given folder that
     * holds results.json itself is one student.
     *
     * @throws BatchInputException naming an input that does not exist, or a student found in two inputs
     */
    public static Gradebook read(List<Path> inputs) throws IOException {
        Map<String, ClassRow> byStudent = new TreeMap<>();
        Map<String, Path> foundIn = new TreeMap<>();
        for (Path input : inputs) {
            for (Map.Entry<String, List<Path>> student : studentsOf(input).entrySet()) {
                String name = student.getKey();
                Path previous = foundIn.put(name, input);
                if (previous != null) {
                    throw new BatchInputException(input + ": student '" + name + "' is also in " + previous
                            + " (expected each student in one input)");
                }
                byStudent.put(name, new ClassRow(record(name, input, student.getValue()), Optional.empty(), true));
            }
        }
        List<String> warnings = byStudent.values().stream().filter(r -> r.record().grade().isEmpty())
                .map(r -> r.record().student() + ": " + r.record().reason()).toList();
        return new Gradebook(List.copyOf(byStudent.values()), warnings);
    }

    /** Every student of an input and the results.json files found for them (none, one, or too many). */
    private static Map<String, List<Path>> studentsOf(Path input) throws IOException {
        Map<String, List<Path>> students = new TreeMap<>();
        if (Files.isRegularFile(input)) {
            students.put(folderName(input.toAbsolutePath().getParent(), input), List.of(input));
            return students;
        }
        if (!Files.isDirectory(input)) {
            throw new BatchInputException(input + ": not found (expected a results.json or a folder of submissions)");
        }
        Path own = input.resolve(ClassFolder.RESULTS);
        if (Files.isRegularFile(own)) {
            students.put(folderName(input.toAbsolutePath().normalize(), input), List.of(own));
            return students;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(input)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                students.put(folder.getFileName().toString(), files.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().equals(ClassFolder.RESULTS)).sorted().toList());
            }
        }
        return students;
    }

    private static String folderName(Path folder, Path input) {
        return folder == null || folder.getFileName() == null ? input.toString() : folder.getFileName().toString();
    }

    /** The student's record: graded, or why not (with the files named relative to the input). */
    private static StudentRecord record(String student, Path input, List<Path> files) {
        Path base = Files.isRegularFile(input) ? input.toAbsolutePath().getParent() : input.toAbsolutePath();
        if (files.isEmpty()) {
            return ungraded(student, StudentRecord.MISSING, "no results.json under " + student + "/ (not graded?)");
        }
        if (files.size() > 1) {
            return ungraded(student, StudentRecord.BROKEN, files.size() + " results.json files ("
                    + String.join(", ", files.stream().map(f -> relative(base, f)).toList())
                    + "), expected one per student");
        }
        Path file = files.get(0);
        try {
            return new StudentRecord(student, student, StudentRecord.GRADED, "", List.of(), List.of(), "", "", "",
                    Optional.of(ClassFolder.readGrade(file)));
        } catch (BatchInputException e) {
            return ungraded(student, StudentRecord.BROKEN, e.getMessage().replace(file.toString(), relative(base,
                    file)));
        } catch (IOException e) {
            return ungraded(student, StudentRecord.BROKEN, relative(base, file) + ": cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private static StudentRecord ungraded(String student, String status, String reason) {
        return new StudentRecord(student, student, status, reason, List.of(), List.of(), "", "", "",
                Optional.empty());
    }

    private static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
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
