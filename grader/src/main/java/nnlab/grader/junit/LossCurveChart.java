package nnlab.grader.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A student's loss curve next to PyTorch's, as a PNG chart (XChart, rendered headless), which the grading process
 * attaches to the Allure result of the test that graded the training loop.
 */
public final class LossCurveChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;

    private LossCurveChart() {
    }

    /**
     * The chart as PNG bytes. The y axis is logarithmic when every value is positive (losses fall by orders of
     * magnitude); values that are not finite are left out.
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
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle("loss").build();
        boolean positive = allPositive(reference) && allPositive(actual);
        chart.getStyler().setYAxisLogarithmic(positive);
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

    private static boolean allPositive(List<Double> values) {
        return finite(values).stream().allMatch(p -> p[1] > 0);
    }
}
