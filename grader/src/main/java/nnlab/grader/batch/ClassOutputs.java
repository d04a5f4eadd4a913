package nnlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The class outputs of a graded class: reads {@code DIR/<student>/results.json} and {@code submission.json} for
 * every student (see {@link ClassFolder}) and writes, in {@code DIR}:
 * <ul>
 * <li>{@code gradebook.csv}: a row per student ({@link GradebookCsv});
 * <li>{@code gradebook-canvas.csv}: the same grades in Canvas's import layout ({@link CanvasCsv});
 * <li>{@code class-report.csv} and {@code class-report.html}: the score distribution, the pass rate per step, the
 * failure categories and the known mistakes ({@link ClassStatistics}, {@link ClassReportCsv},
 * {@link ClassReportHtml}).
 * </ul>
 * Every input is read and checked, and every output rendered, before the first file is written; each file is
 * written to a temporary name and moved into place, so a bad input leaves the earlier outputs as they were and no
 * file is ever half-written. With a roster, a student on the roster with no folder gets a {@code missing} row.
 */
public final class ClassOutputs {

    public static final String GRADEBOOK = "gradebook.csv";
    public static final String CANVAS = "gradebook-canvas.csv";
    public static final String REPORT_CSV = "class-report.csv";
    public static final String REPORT_HTML = "class-report.html";

    private ClassOutputs() {
    }

    /**
     * Writes the class outputs into {@code outDir}.
     *
     * @param roster a roster CSV ({@link Roster}), or empty
     * @throws BatchInputException naming the file, the field and what was expected when an input (a results.json,
     *         a submission.json, the roster) is not what grading writes; nothing is written then
     * @throws IOException when the folder cannot be read or written
     */
    public static void write(Path outDir, Optional<Path> roster) throws IOException {
        Map<String, byte[]> files = render(outDir, roster.isPresent() ? Roster.read(roster.get())
                : new Roster(List.of()), roster.isPresent());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            writeAtomically(outDir.resolve(f.getKey()), f.getValue());
        }
    }

    /** The class outputs' contents by file name, in the order they are written. */
    static Map<String, byte[]> render(Path outDir, Roster roster, boolean withRoster) throws IOException {
        List<ClassRow> rows = rows(ClassFolder.read(outDir), roster, withRoster);
        ClassStatistics stats = ClassStatistics.of(rows);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(GRADEBOOK, GradebookCsv.of(rows));
        files.put(CANVAS, CanvasCsv.of(rows, stats.maxScore()));
        files.put(REPORT_CSV, ClassReportCsv.of(stats));
        files.put(REPORT_HTML, ClassReportHtml.of(rows, stats, ClassCharts.histogram(stats),
                ClassCharts.passRates(stats), ClassCharts.mistakes(stats)));
        return files;
    }

    static List<ClassRow> rows(List<StudentRecord> records, Roster roster, boolean withRoster) {
        List<ClassRow> rows = new ArrayList<>();
        List<Roster.Student> matched = new ArrayList<>();
        for (StudentRecord r : records) {
            Optional<Roster.Student> entry = roster.students().stream().filter(s -> s.matches(r.id(), r.student()))
                    .findFirst();
            entry.ifPresent(matched::add);
            rows.add(new ClassRow(r, entry, !withRoster || entry.isPresent()));
        }
        for (Roster.Student e : roster.students()) {
            if (!matched.contains(e)) {
                rows.add(new ClassRow(new StudentRecord(e.name(), e.id(), StudentRecord.MISSING,
                        "on the roster, no submission", List.of(), List.of(), e.email(), e.sisId(), e.section(),
                        Optional.empty()), Optional.of(e), true));
            }
        }
        rows.sort(java.util.Comparator.comparing((ClassRow r) -> r.record().student()).thenComparing(ClassRow::id));
        return List.copyOf(rows);
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, content);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the temporary file already has the folder's default permissions.
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
