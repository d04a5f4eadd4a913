package nnlab.grader.junit;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A student's loss curve next to PyTorch's, as a PNG chart (XChart, rendered headless), which the grading process
 * attaches to the Allure result of the test that graded the training loop. XChart draws its title on one line centred
 * on the chart and cuts whatever does not fit on both sides; titles here hold a fixture case's name (often with its
 * losses), so the title is fitted: a smaller font first, then the case's part shortened with an ellipsis, keeping what
 * the chart shows (the part after the last " — ").
 */
public final class LossCurveChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    /** The smallest title font before the title is shortened: still readable in the report. */
    private static final int MIN_TITLE_POINTS = 11;
    /** Room kept free on each side of the title. */
    private static final int TITLE_MARGIN = 12;
    /** The most the y axis' title and tick labels take on the plot's left. */
    private static final int Y_AXIS_WIDTH = 90;

    private LossCurveChart() {
    }

    /**
     * The chart as PNG bytes. The y axis is logarithmic when every value is positive and they span more than a
     * decade (XChart labels a logarithmic axis only at powers of ten, so a narrower range would show no numbers at all;
     * losses often fall by orders of magnitude); values that are not finite are left out.
     *
     * @param title the chart's title
     * @param xTitle what the x axis counts, such as {@code batch}
     * @param reference PyTorch's losses
     * @param actual the student's losses (may be shorter or longer)
     */
    public static byte[] png(String title, String xTitle, List<Double> reference, List<Double> actual) {
        String headless = System.getProperty("java.awt.headless");
        if (headless == null) {
            System.setProperty("java.awt.headless", "true"); // no display on CI or in a terminal
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).xAxisTitle(xTitle).yAxisTitle("loss")
                .build();
        // XChart centres the title on the plot, not on the picture: with the legend below, the plot spans the width
        // but for the y axis on its left, which moves the title's centre right by half the axis' width.
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        Font font = chart.getStyler().getChartTitleFont();
        int room = WIDTH - 2 * (chart.getStyler().getChartPadding() + TITLE_MARGIN + Y_AXIS_WIDTH / 2);
        while (width(title, font) > room && font.getSize() > MIN_TITLE_POINTS) {
            font = font.deriveFont((float) font.getSize() - 1);
        }
        chart.getStyler().setChartTitleFont(font);
        chart.setTitle(fitted(title, font, room));
        boolean positive = allPositive(reference) && allPositive(actual);
        chart.getStyler().setYAxisLogarithmic(positive && spansADecade(reference, actual));
        chart.getStyler().setMarkerSize(6);
        addSeries(chart, "PyTorch", reference);
        if (!finite(actual).isEmpty()) {
            addSeries(chart, "yours", actual);
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the loss chart", e);
        }
    }

    /** The title, shortened with an ellipsis in its first part (before the last " — ") until it fits. */
    static String fitted(String title, Font font, int room) {
        if (width(title, font) <= room) {
            return title;
        }
        int dash = title.lastIndexOf(" \u2014 ");
        String tail = dash < 0 ? "" : title.substring(dash);
        String head = dash < 0 ? title : title.substring(0, dash);
        while (!head.isEmpty()) {
            int cut = head.lastIndexOf(' ');
            head = cut <= 0 ? head.substring(0, head.length() - 1) : head.substring(0, cut);
            String candidate = head.replaceAll("[,:;]$", "") + " \u2026" + tail;
            if (width(candidate, font) <= room) {
                return candidate;
            }
        }
        return tail.isEmpty() ? "\u2026" : tail.substring(3);
    }

    /** The width XChart gives the text, measured as it draws it (an antialiased layout). */
    static double width(String text, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            return new TextLayout(text, font, g.getFontRenderContext()).getBounds().getWidth();
        } finally {
            g.dispose();
        }
    }

    private static void addSeries(XYChart chart, String name, List<Double> values) {
        List<double[]> points = finite(values);
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
        }
        chart.addSeries(name, x, y).setMarker(SeriesMarkers.CIRCLE);
    }

    private static List<double[]> finite(List<Double> values) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null && Double.isFinite(v)) {
                out.add(new double[] {i + 1, v});
            }
        }
        return out;
    }

    private static boolean spansADecade(List<Double> reference, List<Double> actual) {
        List<double[]> all = new ArrayList<>(finite(reference));
        all.addAll(finite(actual));
        double min = all.stream().mapToDouble(p -> p[1]).min().orElse(1);
        double max = all.stream().mapToDouble(p -> p[1]).max().orElse(1);
        return max >= 10 * min;
    }

    private static boolean allPositive(List<Double> values) {
        return finite(values).stream().allMatch(p -> p[1] > 0);
    }
}
