package nnlab.grader.batch;

import java.util.List;

/**
 * {@code class-report.csv}: the class report's numbers as one table, {@code section, item, students, out_of, value,
 * steps, detail}, one row per number the HTML report shows:
 * <ul>
 * <li>{@code class}: students in the class, and per status (graded, empty, broken, missing);
 * <li>{@code score}: mean, median, min and max of the graded students' scores ({@code value} in points,
 * {@code detail} in percent of {@code max_score});
 * <li>{@code distribution}: students per 10 % bucket of the score ({@code 90-100%} includes 100 %);
 * <li>{@code pass rate public} / {@code pass rate hidden}: per step, students passing every case of the step, out
 * of the graded students with such cases ({@code value} = the rate);
 * <li>{@code category}: students with at least one step in a failure category, and those steps;
 * <li>{@code mistake}: students whose answers a hint recognised as a known mistake, where, and the hint.
 * </ul>
 */
final class ClassReportCsv {

    private ClassReportCsv() {
    }

    static byte[] of(ClassStatistics s) {
        Csv csv = new Csv().row("section", "item", "students", "out_of", "value", "steps", "detail");
        String all = Integer.toString(s.students());
        String graded = Integer.toString(s.graded());
        csv.row("class", "students", all, "", "", "", "");
        s.statuses().forEach(c -> csv.row("class", c.status(), Integer.toString(c.students()), all, "", "", ""));
        score(csv, s, "mean", s.mean());
        score(csv, s, "median", s.median());
        score(csv, s, "min", s.min());
        score(csv, s, "max", s.max());
        s.distribution().forEach(b -> csv.row("distribution", b.label(), Integer.toString(b.students()), graded, "",
                "", ""));
        s.passRates().forEach(p -> csv.row(p.hidden() ? "pass rate hidden" : "pass rate public", p.step(),
                Integer.toString(p.passed()), Integer.toString(p.outOf()), Csv.rate(p.rate()), p.step(), ""));
        s.categories().forEach(c -> csv.row("category", c.category(), Integer.toString(c.students()), graded, "",
                String.join(" ", c.steps()), ""));
        s.mistakes().forEach(m -> csv.row("mistake", m.id(), Integer.toString(m.students()), graded, "",
                String.join(" ", m.steps()), m.hint()));
        return csv.bytes();
    }

    private static void score(Csv csv, ClassStatistics s, String item, double points) {
        csv.row("score", item, "", Integer.toString(s.graded()), Csv.points(points), "",
                Csv.percent(ClassStatistics.percent(points, s.maxScore())) + "% of " + Csv.points(s.maxScore()));
    }
}
