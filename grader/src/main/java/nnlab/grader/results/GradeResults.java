package nnlab.grader.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nnlab.course.StepId;

/**
 * The merged grade: every graded outcome, the score per step and per lab, the total and the score table students
 * read ({@link GradescopeResults} writes it as the Gradescope-format {@code results.json} instructors collect).
 */
public final class GradeResults {

    private static final int NAME_WIDTH = 62;

    /** The widest line of case ids under a failure block, the indent included. */
    private static final int IDS_WIDTH = 118;

    private final List<GradedOutcome> outcomes;

    /** Test methods whose outcomes come from an earlier run than this one, and when that run ended. */
    private final Map<String, Long> earlierRuns;

    private GradeResults(List<GradedOutcome> outcomes, Map<String, Long> earlierRuns) {
        // Stable: within a step, tests and cases keep the order they ran in.
        this.outcomes = outcomes.stream().sorted(Comparator.comparing((GradedOutcome o) -> StepId.parse(o.step())))
                .toList();
        this.earlierRuns = Map.copyOf(earlierRuns);
    }

    public static GradeResults of(List<GradedOutcome> outcomes) {
        return new GradeResults(outcomes, Map.of());
    }

    /**
     * The results of a run of some tests merged with the latest results of the others: the table marks the rows
     * whose outcomes were not re-run now, and says when they were.
     *
     * @param earlierRuns test methods ({@code class#method}) not run now, and when the run that last ran them ended
     */
    public static GradeResults of(List<GradedOutcome> outcomes, Map<String, Long> earlierRuns) {
        return new GradeResults(outcomes, earlierRuns);
    }

    public List<GradedOutcome> outcomes() {
        return outcomes;
    }

    public double score() {
        return outcomes.stream().mapToDouble(GradedOutcome::score).sum();
    }

    public double maxScore() {
        return outcomes.stream().mapToDouble(GradedOutcome::maxScore).sum();
    }

    /** The score table: one line per step, a subtotal per lab, and the final {@code GRADE: x / y} line. */
    public String scoreTable() {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "  %-5s %-" + NAME_WIDTH + "s %11s  %s%n", "step", "test", "points",
                "result"));
        Map<StepId, List<GradedOutcome>> bySteps = new TreeMap<>();
        outcomes.forEach(o -> bySteps.computeIfAbsent(StepId.parse(o.step()), k -> new ArrayList<>()).add(o));
        Integer lab = null;
        for (Map.Entry<StepId, List<GradedOutcome>> e : bySteps.entrySet()) {
            if (lab != null && lab != e.getKey().lab()) {
                b.append(labLine(lab));
            }
            lab = e.getKey().lab();
            for (GradedOutcome o : collapse(e.getValue())) {
                b.append(String.format(Locale.ROOT, "%s %-5s %-" + NAME_WIDTH + "s %5s / %-3s  %s%n",
                        earlierRuns.containsKey(o.method()) ? EARLIER_MARK : " ", o.step(),
                        shorten(withoutStep(o.name(), o.step()), NAME_WIDTH), points(o.score()), points(o.maxScore()),
                        o.category()));
            }
        }
        if (lab != null) {
            b.append(labLine(lab));
        }
        earlierLegend().ifPresent(legend -> b.append(legend).append(nl));
        b.append(String.format(Locale.ROOT, "GRADE: %s / %s", points(score()), points(maxScore())));
        return b.toString();
    }

    /** " (not re-run now: from your run of 14:02)" after a failure kept from an earlier run; else nothing. */
    private String earlierNote(GradedOutcome o) {
        Long millis = earlierRuns.get(o.method());
        return millis == null ? "" : " (not re-run now: from your run of " + runTime(millis,
                ZoneId.systemDefault(), LocalDate.now(ZoneId.systemDefault())) + ")";
    }

    /** Marks a row of the table whose outcomes come from an earlier run. */
    static final String EARLIER_MARK = "*";

    /**
     * The legend of the marked rows, when a run of some tests kept the others' earlier outcomes: a student who ran
     * one lab must not take the other labs' rows for what their code does now.
     */
    private Optional<String> earlierLegend() {
        List<GradedOutcome> shown = outcomes.stream().filter(o -> earlierRuns.containsKey(o.method())).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        List<String> times = shown.stream().map(o -> earlierRuns.get(o.method())).distinct().sorted()
                .map(millis -> runTime(millis, zone, today)).distinct().toList();
        String when = times.size() == 1 ? "run of " + times.get(0) : "runs of "
                + String.join(", ", times.subList(0, times.size() - 1)) + " and " + times.get(times.size() - 1);
        return Optional.of(EARLIER_MARK + " not re-run now: from your " + when
                + " (./mvnw test without -Dtest re-runs everything)");
    }

    private static String runTime(long millis, ZoneId zone, LocalDate today) {
        ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(zone);
        String pattern = t.toLocalDate().equals(today) ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return t.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    }

    private String labLine(int lab) {
        double s = 0;
        double m = 0;
        for (GradedOutcome o : outcomes) {
            if (StepId.parse(o.step()).lab() == lab) {
                s += o.score();
                m += o.maxScore();
            }
        }
        return String.format(Locale.ROOT, "  %-5s %-" + NAME_WIDTH + "s %5s / %-3s%n", "L" + lab,
                "Lab " + lab + " — " + Labs.title(lab), points(s), points(m));
    }

    /** One line per test method: a parameterized test's invocations are added up under the method's name. */
    private static List<GradedOutcome> collapse(List<GradedOutcome> ofStep) {
        Map<String, List<GradedOutcome>> byMethod = new LinkedHashMap<>();
        ofStep.forEach(o -> byMethod.computeIfAbsent(o.method(), k -> new ArrayList<>()).add(o));
        List<GradedOutcome> lines = new ArrayList<>();
        for (List<GradedOutcome> invocations : byMethod.values()) {
            if (invocations.size() == 1) {
                lines.add(invocations.get(0));
                continue;
            }
            GradedOutcome first = invocations.get(0);
            long passed = invocations.stream().filter(GradedOutcome::passed).count();
            String category = passed == invocations.size() ? Categories.PASSED
                    : invocations.stream().filter(o -> !o.passed()).findFirst().orElseThrow().category()
                            + " (" + passed + " of " + invocations.size() + " cases pass)";
            String name = first.name().contains(" · ") ? first.name().substring(0, first.name().indexOf(" · "))
                    : first.name();
            lines.add(new GradedOutcome(first.method(), name, first.step(),
                    invocations.stream().mapToDouble(GradedOutcome::score).sum(),
                    invocations.stream().mapToDouble(GradedOutcome::maxScore).sum(), category, "",
                    invocations.stream().mapToDouble(GradedOutcome::seconds).sum()));
        }
        return lines;
    }

    /** Points as the table prints them: at most two decimals, no trailing zeros. */
    public static String points(double p) {
        String s = String.format(Locale.ROOT, "%.2f", p);
        return s.replaceAll("\\.?0+$", "");
    }

    /**
     * What a student reads after a run: the failures to fix, then the score table, then where results.json is.
     *
     * @param resultsFile the path to show: absolute, or relative to where the student runs ./mvnw
     */
    public String report(java.nio.file.Path resultsFile) {
        String nl = System.lineSeparator();
        return failureDetails() + nl + scoreTable() + nl + "results: " + resultsFile.normalize() + nl;
    }

    /**
     * The failures a student has to read: wrong results and errors, with their messages. The cases of a file that
     * does not compile share one block, since javac's message is the same for all of them.
     */
    public String failureDetails() {
        StringBuilder b = new StringBuilder();
        Map<String, List<GradedOutcome>> uncompiled = new LinkedHashMap<>();
        outcomes.stream().filter(o -> Categories.DOES_NOT_COMPILE.equals(o.category()))
                .forEach(o -> uncompiled.computeIfAbsent(o.output(), k -> new ArrayList<>()).add(o));
        uncompiled.forEach((output, cases) -> {
            List<String> steps = cases.stream().map(GradedOutcome::step).distinct().toList();
            b.append(System.lineSeparator()).append("✗ ").append(String.join(", ", steps)).append(" (")
                    .append(cases.size()).append(cases.size() == 1 ? " case" : " cases").append(") — ")
                    .append(Categories.DOES_NOT_COMPILE).append(earlierNote(cases.get(0)))
                    .append(System.lineSeparator()).append(output.indent(2).stripTrailing())
                    .append(System.lineSeparator());
        });
        Map<List<String>, List<GradedOutcome>> sameWay = new LinkedHashMap<>();
        for (GradedOutcome o : outcomes) {
            if (o.passed() || Categories.NOT_IMPLEMENTED.equals(o.category()) || Categories.SKIPPED.equals(o.category())
                    || Categories.DOES_NOT_COMPILE.equals(o.category())) {
                continue;
            }
            sameWay.computeIfAbsent(List.of(o.step(), o.category(), o.failureKind()), k -> new ArrayList<>()).add(o);
        }
        sameWay.values().forEach(cases -> {
            GradedOutcome o = cases.get(0);
            b.append(System.lineSeparator()).append("✗ ").append(o.name()).append(" — ").append(o.category())
                    .append(earlierNote(o))
                    .append(System.lineSeparator()).append(o.output().indent(2).stripTrailing())
                    .append(System.lineSeparator());
            if (cases.size() > 1) {
                b.append(moreCases(cases.subList(1, cases.size()), cases)).append(System.lineSeparator());
            }
        });
        return b.toString();
    }

    /** "and 12 more cases fail the same way: ..." with the cases' short ids, wrapped. */
    private static String moreCases(List<GradedOutcome> more, List<GradedOutcome> all) {
        List<String> ids = caseIds(more, all);
        StringBuilder b = new StringBuilder("  and " + more.size() + " more " + (more.size() == 1 ? "case fails"
                : "cases fail") + " the same way:");
        int lineStart = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) + (i < ids.size() - 1 ? "," : "");
            if (b.length() - lineStart + 1 + id.length() > IDS_WIDTH) {
                b.append(System.lineSeparator());
                lineStart = b.length();
                b.append("   ");
            }
            b.append(' ').append(id);
        }
        return b.toString();
    }

    /**
     * Short ids of cases: the case's label (after the name's " · ") shortened by {@link #shortLabel}, such as
     * "000 epoch 2 batch 1 of 3"; the whole label where the short ones would not tell the cases apart; preceded by
     * the test method's name (what {@code -Dtest=Class#method} takes) when the cases come from several methods.
     */
    private static List<String> caseIds(List<GradedOutcome> cases, List<GradedOutcome> all) {
        boolean severalMethods = all.stream().map(GradedOutcome::method).distinct().count() > 1;
        List<String> labels = cases.stream().map(GradeResults::caseLabel).toList();
        List<String> shortLabels = labels.stream().map(GradeResults::shortLabel).toList();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            keys.add(cases.get(i).method() + " " + shortLabels.get(i));
        }
        List<String> chosen = keys.stream().distinct().count() == keys.size() ? shortLabels : labels;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String method = cases.get(i).method();
            String prefix = severalMethods ? method.substring(method.indexOf('#') + 1) : "";
            String id = (prefix + " " + chosen.get(i)).strip();
            ids.add(id.isEmpty() ? method.substring(method.indexOf('#') + 1) : id);
        }
        return ids;
    }

    /** The longest short id of a case, where its label allows it. */
    private static final int SHORT_ID = 32;

    /**
     * A case's label up to its first ": " ("000: 3 epochs of 3 batches" is "000"), else up to the last top-level
     * ", " that keeps it within {@value #SHORT_ID} characters ("4 samples, 3 classes, torch.manual_seed(3); …" is
     * "4 samples, 3 classes"), else whole.
     */
    static String shortLabel(String label) {
        int colon = label.indexOf(": ");
        if (colon > 0) {
            return label.substring(0, colon);
        }
        if (label.length() <= SHORT_ID) {
            return label;
        }
        int depth = 0;
        int cut = -1;
        for (int i = 0; i < label.length() - 1 && i <= SHORT_ID; i++) {
            char c = label.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth == 0 && c == ',' && label.charAt(i + 1) == ' ') {
                cut = i;
            }
        }
        return cut > 0 ? label.substring(0, cut) : label;
    }

    private static String caseLabel(GradedOutcome o) {
        int dot = o.name().indexOf(" · ");
        return dot < 0 ? "" : o.name().substring(dot + 3);
    }

    private static String withoutStep(String name, String step) {
        return name.startsWith(step + " ") ? name.substring(step.length() + 1) : name;
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
