package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The loss-curve chart keeps its whole title inside the picture, however long the fixture case's name. */
class LossCurveChartTest {

    /** A title as lab 5's loop tests make it: the case's name (with its losses), then what the chart shows. */
    private static final String LONG_TITLE = "000: 3 epochs of 3 batches, lr 0.5: losses 0.75, 0.65, 0.42, 0.051, 0.13,"
            + " 0.001, 0.0086, 0.0036, 0.024 \u2014 loss per batch";

    /** Columns of the title band (above the plot) that hold text: darker than XChart's light grey background. */
    private static boolean[] titleColumns(BufferedImage image) {
        boolean[] dark = new boolean[image.getWidth()];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark[x] |= grey < 120;
            }
        }
        return dark;
    }

    @Test
    void aLongTitleStaysInsideThePicture() throws Exception {
        byte[] png = LossCurveChart.png(LONG_TITLE, "batch", List.of(0.75, 0.65, 0.42), List.of(0.75, 0.64, 0.71));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        boolean[] dark = titleColumns(image);
        int first = -1;
        int last = -1;
        for (int x = 0; x < dark.length; x++) {
            if (dark[x]) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        assertThat(first).as("the title is drawn").isGreaterThanOrEqualTo(0);
        // Cut on both sides, the title ran from x = 0 to the last column (measured before the fix).
        assertThat(first).as("first title column").isGreaterThan(8);
        assertThat(last).as("last title column").isLessThan(image.getWidth() - 8);
    }

    @Test
    void aTitleThatDoesNotFitIsShortenedInItsCasePartWithAnEllipsis() {
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 11);
        String fitted = LossCurveChart.fitted(LONG_TITLE, font, 500);
        assertThat(fitted).startsWith("000: 3 epochs of 3 batches").endsWith("\u2026 \u2014 loss per batch");
        assertThat(LossCurveChart.width(fitted, font)).isLessThanOrEqualTo(500);
        assertThat(LossCurveChart.fitted("L5.6 losses", font, 500)).isEqualTo("L5.6 losses");
    }
}
