package nnlab.grader.batch;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The class report's charts as PNG (XChart, rendered headless): the score histogram, the pass rate per step and
 * the known mistakes. Each is drawn at twice the size it is shown at, so it stays sharp on a high-density screen.
 */
final class ClassCharts {

    static final int WIDTH = 2200;
    static final int HEIGHT = 760;
    private static final Color PUBLIC = new Color(0x2f6fb0);
    private static final Color HIDDEN = new Color(0xd08a2c);
    private static final Color MISTAKE = new Color(0xb8483f);

    private ClassCharts() {
    }

    static byte[] histogram(ClassStatistics s) throws IOException {
        CategoryChart chart = chart("Scores of the " + s.graded() + " students with results", "score (% of "
                + Csv.points(s.maxScore()) + " points)", "students");
        List<String> x = s.distribution().stream().map(ClassStatistics.Bucket::label).toList();
        List<Integer> y = s.distribution().stream().map(ClassStatistics.Bucket::students).toList();
        chart.addSeries("students", x, y).setFillColor(PUBLIC);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setYAxisMax(countAxisMax(y));
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(font(26));
        chart.getStyler().setLabelsPosition(1.02);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(Color.DARK_GRAY);
        chart.getStyler().setDecimalPattern("#");
        return png(chart);
    }

    static byte[] passRates(ClassStatistics s) throws IOException {
        CategoryChart chart = chart("Students passing every case of each step", "step", "% of students");
        List<String> steps = s.passRates().stream().map(ClassStatistics.PassRate::step).distinct().toList();
        List<Double> pub = new ArrayList<>();
        List<Double> hid = new ArrayList<>();
        for (String step : steps) {
            pub.add(rate(s, step, false));
            hid.add(rate(s, step, true));
        }
        if (steps.isEmpty()) { // nobody has results: an empty axis, which XChart cannot draw without a category
            steps = List.of("(none)");
            pub.add(0.0);
        }
        chart.addSeries("public cases", steps, pub).setFillColor(PUBLIC);
        if (s.hasHiddenCases()) {
            chart.addSeries("hidden cases", steps, hid).setFillColor(HIDDEN);
        } else {
            chart.getStyler().setLegendVisible(false);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisLabelRotation(steps.size() > 24 ? 90 : 0);
        chart.getStyler().setXAxisTickMarkSpacingHint(steps.size() > 24 ? 28 : 74); // every step named
        return png(chart);
    }

    /** Room above the tallest bar for its label. */
    private static double countAxisMax(List<Integer> counts) {
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        return Math.max(most + 1, Math.ceil(most * 1.1));
    }

    private static Double rate(ClassStatistics s, String step, boolean hidden) {
        return s.passRates().stream().filter(p -> p.step().equals(step) && p.hidden() == hidden).findFirst()
                .map(p -> 100 * p.rate()).orElse(null);
    }

    static byte[] mistakes(ClassStatistics s) throws IOException {
        CategoryChart chart = chart("Students who made each known mistake", "known mistake", "students");
        List<String> x = s.mistakes().stream().map(ClassStatistics.MistakeCount::id).toList();
        List<Integer> y = s.mistakes().stream().map(ClassStatistics.MistakeCount::students).toList();
        if (x.isEmpty()) {
            x = List.of("(none)");
            y = List.of(0);
        }
        chart.addSeries("students", x, y).setFillColor(MISTAKE);
        chart.getStyler().setAvailableSpaceFill(Math.min(0.8, 0.2 * x.size())); // a lone bar stays a bar
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(countAxisMax(y));
        chart.getStyler().setYAxisDecimalPattern("#");
        // Ids side by side need about 15 px a character at this size; when they do not fit, they slant.
        int widest = x.stream().mapToInt(String::length).max().orElse(0);
        chart.getStyler().setXAxisLabelRotation(x.size() * widest * 15 > WIDTH * 0.8 ? 30 : 0);
        return png(chart);
    }

    private static CategoryChart chart(String title, String xTitle, String yTitle) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no display on CI or in a terminal
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        Styler st = chart.getStyler();
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setChartTitleFont(font(36).deriveFont(Font.BOLD));
        st.setLegendFont(font(28));
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        st.setChartPadding(20);
        st.setChartTitlePadding(24);
        chart.getStyler().setAxisTitleFont(font(28));
        chart.getStyler().setAxisTickLabelsFont(font(26));
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        return chart;
    }

    private static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static byte[] png(CategoryChart chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }
}
