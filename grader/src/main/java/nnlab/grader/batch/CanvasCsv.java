package nnlab.grader.batch;

import java.util.List;

/**
 * {@code gradebook-canvas.csv}: the grades in the layout Canvas's gradebook import reads, which is the layout its
 * gradebook export writes (Instructure, "How do I import grades in the Gradebook?",
 * https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807): the
 * columns {@code Student}, {@code ID}, {@code SIS User ID}, {@code SIS Login ID}, {@code Section}, then one column
 * per assignment; the row under the header starts with {@code Points Possible} and holds each assignment's points
 * possible (Canvas's importer, {@code GradebookImporter}, recognises that row by the text "Points Possible" in the
 * first column). A column whose name matches no assignment becomes a new assignment on import.
 *
 * <p>The student columns come from the roster: {@code name} → Student, {@code id} → ID (so a roster made from
 * Canvas's own export matches its students by Canvas id), {@code sis_id} → SIS User ID, {@code email} → SIS
 * Login ID, {@code section} → Section. Without a roster, Student is the folder's name and the other columns are what
 * submission.json records (nnlab grade copies them from the roster it was given). A student without a results.json
 * (broken or missing) gets an empty score, which Canvas's import leaves unchanged, rather than a zero nobody decided
 * on.
 */
final class CanvasCsv {

    /** The assignment column: a new assignment of that name on the first import. */
    static final String ASSIGNMENT = "nnlab";

    private CanvasCsv() {
    }

    static byte[] of(List<ClassRow> rows, double pointsPossible) {
        Csv csv = new Csv().row("Student", "ID", "SIS User ID", "SIS Login ID", "Section", ASSIGNMENT);
        csv.row("    Points Possible", "", "", "", "", Csv.points(pointsPossible));
        for (ClassRow r : rows) {
            String name = r.roster().map(Roster.Student::name).orElse(r.record().student());
            csv.row(name, r.id(), r.sisId(), r.email(), r.section(),
                    r.record().grade().map(g -> Csv.points(g.score())).orElse(""));
        }
        return csv.bytes();
    }
}
