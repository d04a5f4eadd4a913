package nnlab.grader.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nnlab.course.StepId;

/**
 * The class report's numbers, computed once so that the CSV and the HTML report say the same: the score
 * distribution of the graded students (those with a results.json), the pass rate per step (students passing every
 * case of the step, public and hidden cases apart), how many students had a step in each failure category, and how
 * many made each known mistake.
 */
public final class ClassStatistics {

    static final String DOES_NOT_COMPILE = "does not compile";
    /** The failure categories in the order the report lists them (others found in results.json follow). */
    static final List<String> CATEGORIES = List.of("wrong result", "not implemented yet", "error", "timed out",
            "crashed", DOES_NOT_COMPILE, "grader error");
    static final int BUCKETS = 10;

    /** Students per status, in the order of {@link StudentRecord#STATUSES}. */
    public record StatusCount(String status, int students) {
    }

    /** Students whose percentage lies in {@code [from, to)} ({@code [90, 100]} for the last bucket). */
    public record Bucket(int from, int to, int students) {

        public String label() {
            return from + "-" + to + "%";
        }
    }

    /** Students passing every case of a step of one visibility, out of the graded students who had such cases. */
    public record PassRate(String step, boolean hidden, int passed, int outOf) {

        public double rate() {
            return outOf == 0 ? 0 : (double) passed / outOf;
        }
    }

    /** Students with at least one step in a failure category, and those steps. */
    public record CategoryCount(String category, int students, Set<String> steps) {
    }

    /** Students whose answers the hints recognised as a known mistake, the steps where it fired and its hint. */
    public record MistakeCount(String id, int students, Set<String> steps, String hint) {
    }

    private final int students;
    private final int graded;
    private final List<StatusCount> statuses;
    private final List<Double> scores;
    private final double maxScore;
    private final List<Bucket> distribution;
    private final List<PassRate> passRates;
    private final List<CategoryCount> categories;
    private final List<MistakeCount> mistakes;

    private ClassStatistics(List<ClassRow> rows) {
        students = rows.size();
        statuses = StudentRecord.STATUSES.stream().map(s -> new StatusCount(s,
                (int) rows.stream().filter(r -> r.record().status().equals(s)).count())).toList();
        List<StudentRecord.Grade> grades = rows.stream().flatMap(r -> r.record().grade().stream()).toList();
        graded = grades.size();
        scores = grades.stream().map(StudentRecord.Grade::score).sorted().toList();
        maxScore = grades.stream().mapToDouble(StudentRecord.Grade::maxScore).max().orElse(0);
        distribution = distribution(grades);
        passRates = passRates(grades);
        categories = categories(grades);
        mistakes = mistakes(grades);
    }

    public static ClassStatistics of(List<ClassRow> rows) {
        return new ClassStatistics(rows);
    }

    private static List<Bucket> distribution(List<StudentRecord.Grade> grades) {
        int[] counts = new int[BUCKETS];
        for (StudentRecord.Grade g : grades) {
            counts[bucket(percent(g.score(), g.maxScore()))]++;
        }
        List<Bucket> out = new ArrayList<>();
        for (int i = 0; i < BUCKETS; i++) {
            out.add(new Bucket(i * 100 / BUCKETS, (i + 1) * 100 / BUCKETS, counts[i]));
        }
        return List.copyOf(out);
    }

    static int bucket(double percent) {
        return Math.max(0, Math.min(BUCKETS - 1, (int) Math.floor(percent * BUCKETS / 100 + 1e-9)));
    }

    static double percent(double score, double maxScore) {
        return maxScore <= 0 ? 0 : 100 * score / maxScore;
    }

    private static List<PassRate> passRates(List<StudentRecord.Grade> grades) {
        // step -> hidden? -> [passed, had cases]
        Map<StepId, Map<Boolean, int[]>> byStep = new TreeMap<>();
        for (StudentRecord.Grade g : grades) {
            Map<StepId, Map<Boolean, Boolean>> allPassed = new TreeMap<>();
            for (StudentRecord.Case c : g.cases()) {
                allPassed.computeIfAbsent(c.stepId(), k -> new TreeMap<>()).merge(c.hidden(), c.passed(),
                        Boolean::logicalAnd);
            }
            allPassed.forEach((step, byHidden) -> byHidden.forEach((hidden, passed) -> {
                int[] n = byStep.computeIfAbsent(step, k -> new TreeMap<>()).computeIfAbsent(hidden, k -> new int[2]);
                n[0] += passed ? 1 : 0;
                n[1]++;
            }));
        }
        List<PassRate> out = new ArrayList<>();
        byStep.forEach((step, byHidden) -> byHidden.forEach((hidden, n) -> out.add(new PassRate(step.toString(),
                hidden, n[0], n[1]))));
        return List.copyOf(out);
    }

    private static List<CategoryCount> categories(List<StudentRecord.Grade> grades) {
        Map<String, int[]> students = new LinkedHashMap<>();
        Map<String, Set<String>> steps = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> {
            students.put(c, new int[1]);
            steps.put(c, stepSet());
        });
        for (StudentRecord.Grade g : grades) {
            Set<String> seen = new TreeSet<>();
            for (StudentRecord.Case c : g.cases()) {
                if (c.passed() || c.category().equals("passed")) {
                    continue;
                }
                steps.computeIfAbsent(c.category(), k -> stepSet()).add(c.step());
                students.computeIfAbsent(c.category(), k -> new int[1]);
                if (seen.add(c.category())) {
                    students.get(c.category())[0]++;
                }
            }
        }
        List<CategoryCount> out = new ArrayList<>();
        students.forEach((category, n) -> out.add(new CategoryCount(category, n[0], steps.get(category))));
        return List.copyOf(out);
    }

    private static List<MistakeCount> mistakes(List<StudentRecord.Grade> grades) {
        Map<String, int[]> students = new TreeMap<>();
        Map<String, Set<String>> steps = new TreeMap<>();
        Map<String, String> hints = new TreeMap<>();
        for (StudentRecord.Grade g : grades) {
            Set<String> seen = new TreeSet<>();
            for (StudentRecord.Case c : g.cases()) {
                for (int i = 0; i < c.mistakes().size(); i++) {
                    String id = c.mistakes().get(i);
                    steps.computeIfAbsent(id, k -> stepSet()).add(c.step());
                    if (seen.add(id)) {
                        students.computeIfAbsent(id, k -> new int[1])[0]++;
                    }
                    // The hints name the mistakes in the same order when each mistake has its sentence.
                    String hint = c.hints().size() == c.mistakes().size() ? c.hints().get(i) : "";
                    if (!hint.isEmpty()) {
                        hints.putIfAbsent(id, hint);
                    }
                }
            }
        }
        List<MistakeCount> out = new ArrayList<>();
        students.forEach((id, n) -> out.add(new MistakeCount(id, n[0], steps.get(id), hints.getOrDefault(id, ""))));
        out.sort(Comparator.comparingInt(MistakeCount::students).reversed().thenComparing(MistakeCount::id));
        return List.copyOf(out);
    }

    private static Set<String> stepSet() {
        return new TreeSet<>(Comparator.comparing(StepId::parse));
    }

    public int students() {
        return students;
    }

    /** Students with a results.json. */
    public int graded() {
        return graded;
    }

    public List<StatusCount> statuses() {
        return statuses;
    }

    /** The highest max_score of the graded students (all the same when they were graded on one course). */
    public double maxScore() {
        return maxScore;
    }

    public double mean() {
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double median() {
        if (scores.isEmpty()) {
            return 0;
        }
        int n = scores.size();
        return n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2;
    }

    public double min() {
        return scores.isEmpty() ? 0 : scores.get(0);
    }

    public double max() {
        return scores.isEmpty() ? 0 : scores.get(scores.size() - 1);
    }

    public List<Bucket> distribution() {
        return distribution;
    }

    public List<PassRate> passRates() {
        return passRates;
    }

    /** Whether any graded student had a hidden case. */
    public boolean hasHiddenCases() {
        return passRates.stream().anyMatch(PassRate::hidden);
    }

    public List<CategoryCount> categories() {
        return categories;
    }

    public List<MistakeCount> mistakes() {
        return mistakes;
    }
}
