package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nnlab.course.NotImplementedYet;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import nnlab.grader.runner.RunnerMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Allure puts a result in every category it matches, and inside a category groups by the whole message: each failure
 * must land in exactly one category, and every case with the same known mistake in the same group.
 */
class AllureCategoriesTest {

    private static JsonNode categories;

    @BeforeAll
    static void readCommitted() throws Exception {
        categories = new ObjectMapper().readTree(AllureCategories.committed());
    }

    private static List<String> categoriesOf(String status, String message) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : categories) {
            boolean statusMatches = false;
            for (JsonNode s : c.path("matchedStatuses")) {
                statusMatches |= s.asText().equals(status);
            }
            // Allure matches a category without messageRegex whatever the message.
            boolean messageMatches = !c.has("messageRegex")
                    || Pattern.compile(c.path("messageRegex").asText()).matcher(message).matches();
            if (statusMatches && messageMatches) {
                names.add(c.path("name").asText());
            }
        }
        return names;
    }

    private static GradedOutcome outcome(String category, String output, List<String> mistakes) {
        return new GradedOutcome("nnlab.lab3.LossesTest#crossEntropy", "L3.2 cross-entropy · case " + output.length(),
                "L3.2", 0, 1, category, output, 0.1, GradedOutcome.VISIBLE, mistakes);
    }

    @Test
    void theCommittedCategoriesHoldOneCategoryPerKnownMistakeTheFixturesDeclare() throws Exception {
        String expected = AllureCategories.fromFixtures();
        String committed = new String(AllureCategories.committed(), StandardCharsets.UTF_8);
        if (!committed.equals(expected)) {
            Path fresh = Path.of("target", AllureCategories.RESOURCE);
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, expected);
            assertThat(committed).as("grader/src/main/resources/categories.json is out of date with the fixtures'"
                    + " known mistakes: copy grader/" + fresh + " over it").isEqualTo(expected);
        }
        assertThat(AllureCategories.declaredMistakes()).contains("softmax-before-cross-entropy", "gradients-not-reset")
                .hasSizeGreaterThan(50);
        assertThat(categoriesOf("failed", "wrong result, known mistake: gradients not reset: x"))
                .containsExactly("Mistake: gradients not reset");
    }

    @Test
    void eachFailureFallsIntoExactlyOneCategory() {
        // The grading runner writes "not implemented yet" as failed; an IDE run's Allure listener as broken.
        assertThat(categoriesOf("failed", AllureCategories.message(outcome(Categories.NOT_IMPLEMENTED,
                new NotImplementedYet("L3.2").getMessage(), List.of())))).containsExactly("Not implemented yet");
        assertThat(categoriesOf("broken", new NotImplementedYet("L3.2").getMessage()))
                .containsExactly("Not implemented yet");
        assertThat(categoriesOf("failed", AllureCategories.message(outcome(Categories.WRONG_RESULT,
                "L3.2 loss differs from PyTorch's\n  expected: float32 []", List.of()))))
                .containsExactly(AllureCategories.NO_KNOWN_MISTAKE);
        assertThat(categoriesOf("failed", AllureCategories.message(outcome(Categories.WRONG_RESULT,
                "L3.2 loss differs from PyTorch's\n  hint: this is the cross-entropy of softmax probabilities",
                List.of("softmax-before-cross-entropy")))))
                .containsExactly("Mistake: softmax before cross entropy");
        assertThat(categoriesOf("broken", "Incompatible shapes [2, 3] and [4, 3]\n at matMul"))
                .containsExactly("Error");
        assertThat(categoriesOf("broken", Categories.TIMED_OUT + ": "
                + RunnerMessages.timedOut("L3.2 x", 10))).containsExactly("Timed out");
        assertThat(categoriesOf("broken", Categories.CRASHED + ": "
                + RunnerMessages.crashed("L3.2 x", 0, List.of(), 1024, 6144))).containsExactly("Crashed");
        assertThat(categoriesOf("broken", StepCrashed.outOfMemory(new OutOfMemoryError("Java heap space"))
                .getMessage())).containsExactly("Crashed");
        assertThat(categoriesOf("broken", Categories.DOES_NOT_COMPILE + ": "
                + RunnerMessages.doesNotCompile("nnlab/lab3/Losses.java",
                        "nnlab/lab3/Losses.java:42:33: error: ';' expected")))
                .containsExactly("Does not compile");
        assertThat(categoriesOf("broken", Categories.GRADER_ERROR + ": did not run"))
                .containsExactly("Grader error");
    }

    @Test
    void casesWithTheSameKnownMistakeShareOneMessageAndSoOneGroup() {
        GradedOutcome first = outcome(Categories.WRONG_RESULT, "L8.6 W1 differs from PyTorch's\n  worst at [3, 5]: 0.1",
                List.of("gradients-not-reset"));
        GradedOutcome second = outcome(Categories.WRONG_RESULT, "L8.6 b2 differs from PyTorch's\n  worst at [7]: 0.25",
                List.of("gradients-not-reset"));
        assertThat(AllureCategories.message(first)).isEqualTo(AllureCategories.message(second))
                .startsWith("wrong result, known mistake: gradients not reset: the second step used the first step's"
                        + " gradient too");
        // Without a known mistake, cases group by the value that differs, not by their numbers.
        GradedOutcome third = outcome(Categories.WRONG_RESULT, "L8.6 W1 differs from PyTorch's\n  worst at [1, 1]: 9",
                List.of());
        GradedOutcome fourth = outcome(Categories.WRONG_RESULT, "L8.6 W1 differs from PyTorch's\n  worst at [2, 2]: 8",
                List.of());
        assertThat(AllureCategories.message(third)).isEqualTo(AllureCategories.message(fourth))
                .isEqualTo("wrong result, no known mistake: L8.6 W1 differs from PyTorch's");
    }
}
