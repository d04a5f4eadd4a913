package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nnlab.course.NotImplementedYet;
import nnlab.grader.results.Categories;
import nnlab.grader.runner.RunnerMessages;
import org.junit.jupiter.api.Test;

/** Allure puts a result in every category it matches: each failure must land in exactly one. */
class AllureCategoriesTest {

    private static List<String> categoriesOf(JsonNode categories, String status, String message) {
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

    @Test
    void eachFailureFallsIntoExactlyOneCategory() throws Exception {
        JsonNode categories;
        try (InputStream in = getClass().getResourceAsStream("/nnlab/grader/categories.json")) {
            categories = new ObjectMapper().readTree(in);
        }
        assertThat(categoriesOf(categories, "broken", new NotImplementedYet("L3.2").getMessage()))
                .containsExactly("Not implemented yet");
        assertThat(categoriesOf(categories, "failed", "L3.2 loss differs from PyTorch's\n  expected: float32 []"))
                .containsExactly("Wrong result");
        assertThat(categoriesOf(categories, "broken", "Incompatible shapes [2, 3] and [4, 3]\n at matMul"))
                .containsExactly("Error");
        assertThat(categoriesOf(categories, "broken", Categories.TIMED_OUT + ": "
                + RunnerMessages.timedOut("L3.2 x", 10))).containsExactly("Timed out");
        assertThat(categoriesOf(categories, "broken", Categories.CRASHED + ": "
                + RunnerMessages.crashed("L3.2 x", 0, List.of(), 1024, 6144))).containsExactly("Crashed");
        assertThat(categoriesOf(categories, "broken", StepCrashed.outOfMemory(new OutOfMemoryError("Java heap space"))
                .getMessage())).containsExactly("Crashed");
        assertThat(categoriesOf(categories, "broken", Categories.DOES_NOT_COMPILE + ": "
                + RunnerMessages.doesNotCompile("nnlab/lab3/Losses.java",
                        "nnlab/lab3/Losses.java:42:33: error: ';' expected")))
                .containsExactly("Does not compile");
        assertThat(categoriesOf(categories, "broken", Categories.GRADER_ERROR + ": did not run"))
                .containsExactly("Grader error");
    }
}
