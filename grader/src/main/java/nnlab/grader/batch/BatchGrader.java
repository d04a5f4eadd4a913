package nnlab.grader.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades a class: its submissions matched against the roster, the roster's students without one added as missing,
 * all sorted by name, this shard's part of them graded up to {@code jobs} at a time. Each student's outputs depend
 * on their submission alone, so the order in which they finish changes nothing.
 */
public final class BatchGrader {

    /** One student of the class: a submission, or a roster student without one. */
    private record Member(String name, SubmissionSource source, Roster.Student student, List<String> notes) {
    }

    /**
     * What grading the class came to.
     *
     * @param graded the students of this shard, in name order
     * @param graderFailed whether the grader itself failed for any of them
     */
    public record Summary(List<StudentGrading.Outcome> graded, boolean graderFailed) {
    }

    private final BatchSettings settings;
    private final PrintStream log;

    public BatchGrader(BatchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** The class's members in name order: submissions, then the roster's students without one. */
    private static List<Member> members(List<SubmissionSource> sources, Optional<Roster> roster) {
        List<Member> members = new ArrayList<>();
        Set<Roster.Student> found = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SubmissionSource source : sources) {
            names.add(source.name().toLowerCase(Locale.ROOT));
            Optional<Roster.Student> student = roster.flatMap(r -> r.find(source));
            if (student.isPresent() && !found.add(student.get())) {
                members.add(new Member(source.name(), source, null, List.of("matches roster student '"
                        + student.get().id() + "', who has another submission: graded under its own name")));
            } else if (student.isPresent()) {
                members.add(new Member(source.name(), source, student.get(), List.of()));
            } else {
                members.add(new Member(source.name(), source, null, roster.isPresent()
                        ? List.of("not on the roster: graded under its name") : List.of()));
            }
        }
        roster.ifPresent(r -> r.students().stream().filter(s -> !found.contains(s)).forEach(s -> {
            String base = SubmissionSource.sanitised(s.name());
            String name = base;
            for (int k = 2; !names.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + "-" + k;
            }
            members.add(new Member(name, null, s, List.of()));
        }));
        members.sort(Comparator.comparing((Member m) -> m.name().toLowerCase(Locale.ROOT)).thenComparing(Member::name));
        return members;
    }

    /** Grades this shard of the class. */
    public Summary grade(List<SubmissionSource> sources, Optional<Roster> roster, Shard shard, int jobs)
            throws IOException, InterruptedException {
        List<Member> mine = shard.select(members(sources, roster));
        log.println("nnlab grade: " + mine.size() + " students" + (shard.n() > 1 ? " (shard " + shard + ")" : "")
                + ", " + jobs + " at a time, into " + settings.out());
        StudentGrading grading = new StudentGrading(settings);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<StudentGrading.Outcome>> futures = new ArrayList<>();
        for (Member m : mine) {
            futures.add(pool.submit(() -> {
                StudentGrading.Outcome outcome = m.source() == null ? grading.missing(m.student(), m.name())
                        : grading.grade(m.source(), m.student() == null ? m.name() : m.student().id(), m.student(),
                                m.notes());
                synchronized (log) {
                    SubmissionRecord r = outcome.record();
                    log.println("  " + r.student() + ": " + r.status().text()
                            + (outcome.score().isEmpty() ? "" : " " + outcome.score())
                            + (r.reason().isEmpty() ? "" : " (" + r.reason() + ")"));
                }
                return outcome;
            }));
        }
        pool.shutdown();
        List<StudentGrading.Outcome> outcomes = new ArrayList<>();
        boolean failed = false;
        try {
            for (Future<StudentGrading.Outcome> f : futures) {
                StudentGrading.Outcome o = f.get();
                outcomes.add(o);
                failed |= o.graderFailed();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        }
        return new Summary(outcomes, failed);
    }
}
