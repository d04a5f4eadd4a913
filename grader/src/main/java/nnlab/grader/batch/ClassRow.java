package nnlab.grader.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One student of the class: what grading left, and the roster's row when there is a roster.
 *
 * @param inRoster false when a roster was given and the student is not on it
 */
public record ClassRow(StudentRecord record, Optional<Roster.Student> roster, boolean inRoster) {

    /** The roster's id, else the id submission.json records. */
    public String id() {
        return roster.map(Roster.Student::id).orElse(record.id());
    }

    /** The roster's email (the SIS login Canvas matches), else the one submission.json records. */
    public String email() {
        return roster.map(Roster.Student::email).orElse(record.email());
    }

    public String sisId() {
        return roster.map(Roster.Student::sisId).orElse(record.sisId());
    }

    public String section() {
        return roster.map(Roster.Student::section).orElse(record.section());
    }

    /**
     * What an instructor reads beside the grade: the reason, files not graded, files that did not compile, a
     * student the roster does not list.
     */
    public String notes() {
        List<String> notes = new ArrayList<>();
        if (!record.reason().isEmpty()) {
            notes.add(record.reason());
        }
        notes.addAll(record.notes());
        if (!record.notGraded().isEmpty()) {
            notes.add(record.notGraded().size() + (record.notGraded().size() == 1 ? " file" : " files")
                    + " not graded: " + String.join(" ", record.notGraded()));
        }
        record.grade().ifPresent(g -> {
            Set<String> uncompiled = new LinkedHashSet<>();
            g.cases().stream().filter(c -> c.category().equals(ClassStatistics.DOES_NOT_COMPILE))
                    .forEach(c -> uncompiled.add(c.step()));
            if (!uncompiled.isEmpty()) {
                notes.add("steps that do not compile: " + String.join(" ", uncompiled));
            }
        });
        if (!inRoster) {
            notes.add("not in the roster");
        }
        return String.join("; ", notes);
    }
}
