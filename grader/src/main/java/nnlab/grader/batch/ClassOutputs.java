package nnlab.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PLACEHOLDER until the class outputs (gradebook, Canvas variant, class report) land on main: writes only a
 * minimal {@code gradebook.csv} (student, id, status, score, max_score) from every {@code DIR/* /submission.json}
 * and {@code results.json}. Replace this file with the real one.
 */
public final class ClassOutputs {

    private ClassOutputs() {
    }

    public static void write(Path outDir, Optional<Path> roster) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        lines.add("student,id,status,score,max_score");
        try (Stream<Path> dirs = Files.list(outDir)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("submission.json"))).sorted().toList()) {
                JsonNode s = json.readTree(dir.resolve("submission.json").toFile());
                String score = "";
                String max = "";
                if (Files.isRegularFile(dir.resolve("results.json"))) {
                    JsonNode r = json.readTree(dir.resolve("results.json").toFile());
                    score = r.path("score").asText();
                    max = r.path("max_score").asText();
                }
                lines.add(String.join(",", s.path("student").asText(), s.path("id").asText(),
                        s.path("status").asText(), score, max));
            }
        }
        Files.write(outDir.resolve("gradebook.csv"), lines, StandardCharsets.UTF_8);
    }
}
