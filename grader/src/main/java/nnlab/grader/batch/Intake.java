package nnlab.grader.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Takes from a submission only the files students are meant to write: the course's {@linkplain Course#studentFiles()
 * student files} at {@code exercises/src/main/java/...} under the submission's root, which is the submission itself
 * or its one top folder (an archive of a folder). Everything else comes from the course: a file that differs from
 * the course's copy, or that the course does not have, is listed as not graded and never used; a student file that
 * is missing is graded as its stub. A submission with no student file is empty (graded as the stubs); one that
 * cannot be read or is over the {@link IntakeLimits} is broken (not graded).
 */
public final class Intake {

    /** What became of a submission. */
    public enum Status {
        GRADED("graded"), EMPTY("empty"), BROKEN("broken"), MISSING("missing");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        /** As written in submission.json. */
        public String text() {
            return text;
        }
    }

    /**
     * What was taken.
     *
     * @param reason why it is empty or broken; "" when graded
     * @param studentFiles the student files taken, by path relative to {@link Course#SOURCES}
     * @param notGraded the submission's other files that are not the course's, by path relative to its root
     * @param notes what else the instructor should know (links not followed, entries outside the submission)
     */
    public record Result(Status status, String reason, SortedMap<String, byte[]> studentFiles, List<String> notGraded,
            List<String> notes) {

        public Result {
            studentFiles = Collections.unmodifiableSortedMap(new TreeMap<>(studentFiles));
            notGraded = List.copyOf(notGraded);
            notes = List.copyOf(notes);
        }

        /** The student files taken, as paths in a checkout. */
        public List<String> studentPaths() {
            return studentFiles.keySet().stream().map(f -> Course.SOURCES + f).toList();
        }
    }

    private Intake() {
    }

    /** Reads a submission. Never throws for anything the submission holds. */
    public static Result read(SubmissionSource source, Course course, IntakeLimits limits) {
        Set<String> studentPaths = Set.copyOf(course.studentPaths());
        List<SubmissionReader.Entry> entries;
        try {
            entries = SubmissionReader.read(source, limits, path -> studentPaths.contains(path)
                    || path.indexOf('/') > 0 && studentPaths.contains(path.substring(path.indexOf('/') + 1)));
        } catch (BrokenSubmission e) {
            return new Result(Status.BROKEN, e.getMessage(), new TreeMap<>(), List.of(), List.of());
        }
        String prefix = root(entries, studentPaths);
        SortedMap<String, byte[]> taken = new TreeMap<>();
        Set<String> notGraded = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        for (SubmissionReader.Entry entry : entries) {
            switch (entry.type()) {
                case UNSAFE -> notes.add("entry '" + entry.path() + "' points outside the submission: skipped");
                case LINK -> {
                    notGraded.add(relative(entry.path(), prefix));
                    notes.add(relative(entry.path(), prefix) + " is a link: not followed");
                }
                case FILE -> {
                    String path = relative(entry.path(), prefix);
                    if (entry.path().startsWith(prefix) && studentPaths.contains(path)) {
                        taken.put(path.substring(Course.SOURCES.length()), entry.content());
                    } else if (!entry.path().startsWith(prefix) || !course.isCourseFile(path, entry.sha256())) {
                        notGraded.add(path);
                    }
                }
                default -> throw new IllegalStateException(entry.type().toString());
            }
        }
        Collections.sort(notes);
        if (taken.isEmpty()) {
            return new Result(Status.EMPTY, "no student file (such as " + course.studentPaths().get(0)
                    + "): graded as the stubs", taken, new ArrayList<>(notGraded), notes);
        }
        return new Result(Status.GRADED, "", taken, new ArrayList<>(notGraded), notes);
    }

    /** An entry's path relative to the root, or as it is when it lies outside the root. */
    private static String relative(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /**
     * The submission's root as a prefix of its entries' paths: "" when it holds student files (or
     * {@code exercises/}) itself, else its top folder that does (the first by name), else its only top folder.
     */
    static String root(List<SubmissionReader.Entry> entries, Set<String> studentPaths) {
        Set<String> withStudentFiles = new TreeSet<>();
        Set<String> tops = new TreeSet<>();
        boolean exercisesAtRoot = false;
        for (SubmissionReader.Entry entry : entries) {
            String path = entry.path();
            if (entry.type() == SubmissionReader.Type.UNSAFE) {
                continue;
            }
            if (studentPaths.contains(path) || path.startsWith("exercises/")) {
                exercisesAtRoot = true;
            }
            int slash = path.indexOf('/');
            if (slash > 0) {
                tops.add(path.substring(0, slash + 1));
                if (studentPaths.contains(path.substring(slash + 1))) {
                    withStudentFiles.add(path.substring(0, slash + 1));
                }
            } else {
                tops.add("");
            }
        }
        if (exercisesAtRoot) {
            return "";
        }
        if (!withStudentFiles.isEmpty()) {
            return withStudentFiles.iterator().next();
        }
        return tops.size() == 1 ? tops.iterator().next() : "";
    }
}
