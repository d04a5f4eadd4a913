package nnlab.grader.batch;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code class-report.html}: the numbers of {@code class-report.csv} as one page that opens from disk with no
 * network and no JavaScript: inline CSS, the charts as PNG data URIs, and a table beside every chart. Readable at
 * 1280 px wide. Cells that a check reads carry {@code data-stat}, {@code data-step} and {@code data-mistake}
 * attributes.
 */
final class ClassReportHtml {

    private static final String CSS = """
            body{margin:0;background:#f4f5f7;color:#1d2330;font:16px/1.45 system-ui,-apple-system,"Segoe UI",\
            Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
            h1{font-size:28px;margin:8px 0 4px}h2{font-size:21px;margin:0 0 12px}
            .lead{color:#4a5568;margin:0 0 20px}
            section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:20px 24px;margin:0 0 20px}
            img{display:block;width:100%;height:auto;margin:0 0 16px}
            table{border-collapse:collapse;width:100%;font-size:15px}
            th,td{text-align:left;padding:5px 10px;border-bottom:1px solid #e6e9ee;vertical-align:top}
            th{background:#f0f2f5;font-weight:600}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .cards{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 16px}
            .card{flex:1 1 120px;border:1px solid #dde1e7;border-radius:6px;padding:8px 14px}
            .card b{display:block;font-size:24px;font-variant-numeric:tabular-nums}.card span{color:#4a5568}
            .bar{display:inline-block;height:10px;background:#2f6fb0;border-radius:2px;vertical-align:middle}
            .bar.hidden{background:#d08a2c}
            .muted{color:#6b7280}.zero{color:#9aa3af}
            .status-broken,.status-missing{color:#b8483f;font-weight:600}.status-empty{color:#8a6d1d}
            table.compact{width:auto;min-width:60%}table.compact td,table.compact th{padding:5px 18px}
            td:first-child{white-space:nowrap}
            code{font-size:14px}
            """;

    private ClassReportHtml() {
    }

    static byte[] of(List<ClassRow> rows, ClassStatistics s, byte[] histogram, byte[] passRates, byte[] mistakes) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>nnlab class report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main>\n<h1>nnlab class report</h1>\n<p class=\"lead\">");
        h.append(s.students()).append(s.students() == 1 ? " student" : " students").append(": ");
        h.append(String.join(", ", s.statuses().stream().map(c -> c.students() + " " + c.status()).toList()));
        h.append(". Scores are out of ").append(Csv.points(s.maxScore())).append(" points; the ")
                .append(s.graded()).append(" students with a results.json count in the statistics.</p>\n");
        summary(h, s, histogram);
        passRates(h, s, passRates);
        categories(h, s);
        mistakes(h, s, mistakes);
        students(h, rows);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void summary(StringBuilder h, ClassStatistics s, byte[] png) {
        h.append("<section id=\"scores\">\n<h2>Score distribution</h2>\n<div class=\"cards\">\n");
        card(h, "mean", s.mean(), s);
        card(h, "median", s.median(), s);
        card(h, "min", s.min(), s);
        card(h, "max", s.max(), s);
        h.append("<div class=\"card\"><b data-stat=\"graded\">").append(s.graded())
                .append("</b><span>students with results</span></div>\n</div>\n");
        image(h, png, "Histogram of the graded students' scores in 10 % buckets");
        h.append("<table class=\"compact\">\n<tr><th>score</th><th class=\"n\">students</th><th></th></tr>\n");
        int most = Math.max(1, s.distribution().stream().mapToInt(ClassStatistics.Bucket::students).max().orElse(1));
        for (ClassStatistics.Bucket b : s.distribution()) {
            h.append("<tr><td>").append(esc(b.label())).append("</td><td class=\"n\" data-bucket=\"")
                    .append(esc(b.label())).append("\">").append(b.students()).append("</td><td>")
                    .append(bar(b.students(), most, "")).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void card(StringBuilder h, String stat, double points, ClassStatistics s) {
        h.append("<div class=\"card\"><b data-stat=\"").append(stat).append("\">").append(Csv.points(points))
                .append("</b><span>").append(stat).append(" · ")
                .append(Csv.percent(ClassStatistics.percent(points, s.maxScore()))).append(" %</span></div>\n");
    }

    private static void passRates(StringBuilder h, ClassStatistics s, byte[] png) {
        boolean hidden = s.hasHiddenCases();
        h.append("<section id=\"pass-rates\">\n<h2>Pass rate per step</h2>\n<p class=\"muted\">Students passing every ")
                .append(hidden ? "public (and, apart, every hidden) " : "")
                .append("case of the step, out of the students with results.</p>\n");
        image(h, png, "Bar chart of the pass rate per step");
        h.append("<table class=\"compact\">\n<tr><th>step</th><th class=\"n\">public: passed</th>")
                .append("<th class=\"n\">rate</th><th></th>");
        if (hidden) {
            h.append("<th class=\"n\">hidden: passed</th><th class=\"n\">rate</th><th></th>");
        }
        h.append("</tr>\n");
        List<String> steps = s.passRates().stream().map(ClassStatistics.PassRate::step).distinct().toList();
        for (String step : steps) {
            h.append("<tr><td>").append(esc(step)).append("</td>");
            rateCells(h, find(s, step, false), "");
            if (hidden) {
                rateCells(h, find(s, step, true), " hidden");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static Optional<ClassStatistics.PassRate> find(ClassStatistics s, String step, boolean hidden) {
        return s.passRates().stream().filter(p -> p.step().equals(step) && p.hidden() == hidden).findFirst();
    }

    private static void rateCells(StringBuilder h, Optional<ClassStatistics.PassRate> rate, String kind) {
        if (rate.isEmpty()) {
            h.append("<td class=\"n zero\">–</td><td></td><td></td>");
            return;
        }
        ClassStatistics.PassRate p = rate.get();
        h.append("<td class=\"n\" data-step=\"").append(esc(p.step())).append(kind.isEmpty() ? "" : "-hidden")
                .append("\">").append(p.passed()).append(" / ").append(p.outOf()).append("</td><td class=\"n\">")
                .append(Csv.percent(100 * p.rate())).append(" %</td><td>").append(bar(p.passed(), p.outOf(),
                        kind.strip())).append("</td>");
    }

    private static void categories(StringBuilder h, ClassStatistics s) {
        h.append("<section id=\"categories\">\n<h2>What went wrong</h2>\n<p class=\"muted\">Students with at least")
                .append(" one step in each category, out of the ").append(s.graded())
                .append(" students with results.</p>\n<table>\n<tr><th>category</th><th class=\"n\">students</th>")
                .append("<th>steps</th></tr>\n");
        for (ClassStatistics.CategoryCount c : s.categories()) {
            h.append("<tr><td>").append(esc(c.category())).append("</td><td class=\"n")
                    .append(c.students() == 0 ? " zero" : "").append("\" data-category=\"").append(esc(c.category()))
                    .append("\">").append(c.students()).append("</td><td>").append(esc(String.join(" ", c.steps())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void mistakes(StringBuilder h, ClassStatistics s, byte[] png) {
        h.append("<section id=\"mistakes\">\n<h2>Known mistakes</h2>\n<p class=\"muted\">Students whose answers a")
                .append(" hint recognised as a known mistake (what PyTorch gives when the mistake is made).</p>\n");
        image(h, png, "Bar chart of the students per known mistake");
        if (s.mistakes().isEmpty()) {
            h.append("<p>No hint recognised a known mistake.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<tr><th>mistake</th><th class=\"n\">students</th><th>steps</th><th>hint</th></tr>\n");
        for (ClassStatistics.MistakeCount m : s.mistakes()) {
            h.append("<tr><td><code>").append(esc(m.id())).append("</code></td><td class=\"n\" data-mistake=\"")
                    .append(esc(m.id())).append("\">").append(m.students()).append("</td><td>")
                    .append(esc(String.join(" ", m.steps()))).append("</td><td>").append(esc(m.hint()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void students(StringBuilder h, List<ClassRow> rows) {
        h.append("<section id=\"students\">\n<h2>Students</h2>\n<table>\n<tr><th>student</th><th>id</th>")
                .append("<th>status</th><th class=\"n\">score</th><th class=\"n\">%</th><th>notes</th></tr>\n");
        for (ClassRow r : rows) {
            StudentRecord st = r.record();
            h.append("<tr><td>").append(esc(st.student())).append("</td><td>").append(esc(r.id()))
                    .append("</td><td class=\"status-").append(esc(st.status())).append("\">")
                    .append(esc(st.status())).append("</td>");
            if (st.grade().isPresent()) {
                StudentRecord.Grade g = st.grade().get();
                h.append("<td class=\"n\" data-score=\"").append(esc(st.student())).append("\">")
                        .append(Csv.points(g.score())).append(" / ").append(Csv.points(g.maxScore()))
                        .append("</td><td class=\"n\">")
                        .append(Csv.percent(ClassStatistics.percent(g.score(), g.maxScore()))).append("</td>");
            } else {
                h.append("<td class=\"n zero\">–</td><td class=\"n zero\">–</td>");
            }
            h.append("<td>").append(esc(r.notes())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void image(StringBuilder h, byte[] png, String alt) {
        h.append("<img class=\"chart\" width=\"").append(ClassCharts.WIDTH / 2).append("\" height=\"")
                .append(ClassCharts.HEIGHT / 2).append("\" alt=\"").append(esc(alt))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\">\n");
    }

    private static String bar(int n, int of, String kind) {
        int px = of == 0 ? 0 : (int) Math.round(160.0 * n / of);
        return "<span class=\"bar" + (kind.isEmpty() ? "" : " " + kind) + "\" style=\"width:" + px + "px\"></span>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
