package nnlab.grader.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nnlab.course.StepId;

/**
 * What grading left for one student: the submission's status (from {@code submission.json}) and, when the
 * submission was graded, its cases (from {@code results.json}).
 *
 * @param student the student's name (the folder's)
 * @param id the roster id, or the name when there is no roster
 * @param status {@code graded}, {@code empty}, {@code broken} or {@code missing}
 * @param reason why a submission is empty, broken or missing, or what went wrong with a graded one; may be empty
 * @param notGraded files the student changed outside the files a student writes (listed, never used)
 * @param notes what grading noted besides (submission.json's {@code notes})
 * @param email the roster's email that grading recorded, or empty
 * @param sisId the roster's SIS id that grading recorded, or empty
 * @param section the roster's section that grading recorded, or empty
 * @param grade the grade, absent when no results.json was written
 */
public record StudentRecord(String student, String id, String status, String reason, List<String> notGraded,
        List<String> notes, String email, String sisId, String section, Optional<Grade> grade) {

    public static final String GRADED = "graded";
    public static final String EMPTY = "empty";
    public static final String BROKEN = "broken";
    public static final String MISSING = "missing";
    static final List<String> STATUSES = List.of(GRADED, EMPTY, BROKEN, MISSING);

    /** A results.json: the total and every case. */
    public record Grade(double score, double maxScore, List<Case> cases) {

        /** Points per step id, in course order. */
        public Map<StepId, double[]> byStep() {
            Map<StepId, double[]> steps = new TreeMap<>();
            cases.forEach(c -> add(steps.computeIfAbsent(c.stepId(), k -> new double[2]), c));
            return steps;
        }

        /** Points per lab number. */
        public Map<Integer, double[]> byLab() {
            Map<Integer, double[]> labs = new TreeMap<>();
            cases.forEach(c -> add(labs.computeIfAbsent(c.stepId().lab(), k -> new double[2]), c));
            return labs;
        }

        private static void add(double[] sum, Case c) {
            sum[0] += c.score();
            sum[1] += c.maxScore();
        }
    }

    /**
     * One test case of results.json.
     *
     * @param step the step id ({@code number})
     * @param category the grader's category ({@code extra_data.category}), or the status when it has none
     * @param hidden whether the case is hidden from the student until grades are published
     * @param mistakes the known mistakes the hint recognised ({@code extra_data.mistakes})
     * @param hints the hint sentences shown ({@code extra_data.hints})
     */
    public record Case(String step, String name, double score, double maxScore, boolean passed, String category,
            boolean hidden, List<String> mistakes, List<String> hints) {

        public StepId stepId() {
            return StepId.parse(step);
        }
    }
}
