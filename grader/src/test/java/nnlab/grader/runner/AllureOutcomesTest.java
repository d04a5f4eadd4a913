package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Allure results the parent writes: one result per case, replaced when the case runs again, never duplicated. */
class AllureOutcomesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CE = "nnlab.lab3.LossesTest#crossEntropy";
    private static final String CE_NAME = "L3.2 cross-entropy from logits with class-index targets";

    @TempDir
    Path dir;

    private static GradingRunner.Reported reported(String method, String name, String step, String category,
            String output, List<String> mistakes, int attachments) {
        List<GradingRunner.Attachment> files = new ArrayList<>();
        for (int i = 0; i < attachments; i++) {
            files.add(new GradingRunner.Attachment("table " + i, "text/plain", ".txt",
                    ("values " + i).getBytes(StandardCharsets.UTF_8)));
        }
        boolean passed = Categories.PASSED.equals(category);
        return new GradingRunner.Reported(new GradedOutcome(method, name, step, passed ? 1 : 0, 1, category, output,
                0.25, GradedOutcome.VISIBLE, mistakes), files);
    }

    private List<JsonNode> results() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith("-result.json")).sorted().toList()) {
                out.add(JSON.readTree(p.toFile()));
            }
        }
        return out;
    }

    private long attachmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains("-attachment")).count();
        }
    }

    private JsonNode named(String name) throws IOException {
        return results().stream().filter(r -> r.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPartialRunReplacesTheResultsOfTheCasesItRanAndKeepsTheOthers() throws IOException {
        String wrong = "L3.2 loss differs from PyTorch's\n  expected: float32 []\n  hint: softmax twice";
        AllureOutcomes.write(dir, List.of(
                reported(CE, CE_NAME + " · case a", "L3.2", Categories.WRONG_RESULT, wrong,
                        List.of("softmax-before-cross-entropy"), 2),
                reported(CE, CE_NAME + " · case b", "L3.2", Categories.NOT_IMPLEMENTED, "L3.2 is not implemented yet",
                        List.of(), 0),
                reported("nnlab.lab1.TensorsTest#rand", "L1.2 uniform random values", "L1.2", Categories.PASSED, "",
                        List.of(), 0)));
        assertThat(results()).hasSize(3);
        assertThat(attachmentFiles()).isEqualTo(2);

        // ./mvnw test -Dtest=LossesTest after fixing L3.2: only lab 3's cases again.
        AllureOutcomes.write(dir, List.of(
                reported(CE, CE_NAME + " · case a", "L3.2", Categories.PASSED, "", List.of(), 0),
                reported(CE, CE_NAME + " · case b", "L3.2", Categories.PASSED, "", List.of(), 0)));
        List<JsonNode> after = results();
        assertThat(after).hasSize(3);
        assertThat(after).extracting(r -> r.path("status").asText()).containsOnly("passed");
        assertThat(named("L1.2 uniform random values").path("fullName").asText())
                .isEqualTo("nnlab.lab1.TensorsTest#rand");
        assertThat(attachmentFiles()).as("the earlier run's tables of case a").isZero();
        assertThat(after).extracting(r -> r.path("historyId").asText()).doesNotHaveDuplicates();
    }

    @Test
    void aResultNamesItsStepAndFixtureCaseAndFilesItsFailureUnderItsKnownMistake() throws IOException {
        String wrong = "L3.2 loss differs from PyTorch's\n  expected: float32 []\n  hint: softmax twice";
        AllureOutcomes.write(dir, List.of(reported(CE, CE_NAME + " · 4 samples, 3 classes", "L3.2",
                Categories.WRONG_RESULT, wrong, List.of("softmax-before-cross-entropy"), 1)));
        JsonNode r = results().get(0);
        List<String> parameters = new ArrayList<>();
        r.path("parameters").forEach(p -> parameters.add(p.path("name").asText() + "=" + p.path("value").asText()));
        assertThat(parameters).containsExactly("fixture case=4 samples, 3 classes", "points=0 / 1");
        List<String> stories = new ArrayList<>();
        r.path("labels").forEach(l -> {
            if (l.path("name").asText().equals("story")) {
                stories.add(l.path("value").asText());
            }
        });
        assertThat(stories).containsExactly(CE_NAME);
        assertThat(r.path("statusDetails").path("message").asText())
                .startsWith("wrong result, known mistake: softmax before cross entropy: this is the cross-entropy of");
        assertThat(r.path("statusDetails").path("trace").asText()).isEqualTo(wrong);
        assertThat(r.path("stop").asLong() - r.path("start").asLong()).isEqualTo(250);
    }
}
