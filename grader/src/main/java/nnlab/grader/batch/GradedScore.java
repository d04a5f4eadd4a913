package nnlab.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The score line of a results.json, {@code 121 / 121}, for the command's progress lines. */
final class GradedScore {

    private GradedScore() {
    }

    static String of(Path results) {
        if (!Files.isRegularFile(results)) {
            return "";
        }
        try {
            JsonNode root = new ObjectMapper().readTree(results.toFile());
            DecimalFormat points = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
            // Gradescope's top level has no max_score: the grader keeps it in extra_data (older files: at the top).
            JsonNode max = root.has("max_score") ? root.get("max_score") : root.path("extra_data").path("max_score");
            return points.format(root.path("score").asDouble()) + " / " + points.format(max.asDouble());
        } catch (IOException e) {
            return "";
        }
    }
}
