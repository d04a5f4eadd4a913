package nnlab.grader.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GradescopeResultsTest {

    /** How a gradebook reads results.json: every number as the decimal it is written as. */
    private static final ObjectMapper DECIMALS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /**
     * Steps whose points per-case rounding got wrong on main: L5.6's 1 point over 15 cases (0.0667 × 15 = 1.0005), 2
     * points over 3 cases, 1 point over 2 public cases and a hidden one (0.3333 × 3 = 0.9999), 4 points over 6 cases
     * of two tests, and plain tests.
     */
    private static List<GradedOutcome> course(boolean allPass) {
        List<GradedOutcome> out = new ArrayList<>();
        cases(out, "L5.6", "T#step", 1, 15, 0, allPass);
        cases(out, "L2.1", "T#linear", 2, 3, 0, allPass);
        cases(out, "L3.5", "T#mse", 1, 2, 1, allPass);
        cases(out, "L7.7", "T#bound", 2, 3, 0, allPass);
        cases(out, "L7.7", "T#draws", 2, 3, 0, allPass);
        cases(out, "L1.9", "T#device", 1, 1, 0, allPass);
        cases(out, "L8.9", "T#train", 0.5, 1, 0, allPass);
        return out;
    }

    private static void cases(List<GradedOutcome> out, String step, String method, double points, int publicCases,
            int hiddenCases, boolean allPass) {
        int n = publicCases + hiddenCases;
        for (int i = 0; i < n; i++) {
            boolean hidden = i >= publicCases;
            boolean passed = allPass || i % 2 == 0;
            String category = passed ? Categories.PASSED : Categories.WRONG_RESULT;
            String output = passed ? "" : step + " loss differs\n  expected: 0.75\n  actual:   0.5\n  hint: *softmax*"
                    + " applied twice | `x`";
            out.add(new GradedOutcome(method, step + " title of " + method + " · case " + (i + 1), step,
                    passed ? points / n : 0, points / n, category, output, 0.25, hidden ? "after_published"
                            : GradedOutcome.VISIBLE, passed ? List.of() : List.of("softmax-twice")));
        }
    }

    private static JsonNode written(GradeResults results, double wallSeconds) throws Exception {
        GradescopeResults.Gradescope g = GradescopeResults.toGradescope(results, Map.of("student", "ada"),
                wallSeconds);
        return DECIMALS.readTree(ResultsStore.JSON.writeValueAsString(g));
    }

    @Test
    void pointsAddUpExactlyPerTestPerStepAndInTotal() throws Exception {
        JsonNode full = written(GradeResults.of(course(true)), 12);

        Map<String, BigDecimal> maxByStep = new LinkedHashMap<>();
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (JsonNode t : full.path("tests")) {
            BigDecimal casesMax = BigDecimal.ZERO;
            for (JsonNode c : t.path("extra_data").path("cases")) {
                casesMax = casesMax.add(c.path("max_score").decimalValue());
                assertThat(c.path("max_score").decimalValue().scale()).isLessThanOrEqualTo(4);
            }
            assertThat(t.path("max_score").decimalValue()).as(t.path("name").asText()).isEqualByComparingTo(casesMax);
            assertThat(t.path("score").decimalValue()).isEqualByComparingTo(t.path("max_score").decimalValue());
            maxByStep.merge(t.path("extra_data").path("step").asText(), t.path("max_score").decimalValue(),
                    BigDecimal::add);
            score = score.add(t.path("score").decimalValue());
            max = max.add(t.path("max_score").decimalValue());
        }
        Map<String, String> asText = new LinkedHashMap<>();
        maxByStep.forEach((step, points) -> asText.put(step, points.stripTrailingZeros().toPlainString()));
        assertThat(asText).containsExactly(Map.entry("L1.9", "1"), Map.entry("L2.1", "2"), Map.entry("L3.5", "1"),
                Map.entry("L5.6", "1"), Map.entry("L7.7", "4"), Map.entry("L8.9", "0.5"));
        assertThat(max).isEqualByComparingTo("9.5");
        assertThat(full.path("score").decimalValue()).isEqualByComparingTo(score).isEqualByComparingTo("9.5");
        assertThat(full.path("extra_data").path("max_score").decimalValue()).isEqualByComparingTo("9.5");
        assertThat(full.path("extra_data").path("labs").get(2).path("max_score").decimalValue())
                .isEqualByComparingTo("1");
    }

    @Test
    void aPartialScoreIsTheSumOfItsTestsAndNeverAboveTheirPoints() throws Exception {
        JsonNode half = written(GradeResults.of(course(false)), 12);

        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode t : half.path("tests")) {
            assertThat(t.path("score").decimalValue()).isLessThanOrEqualTo(t.path("max_score").decimalValue());
            sum = sum.add(t.path("score").decimalValue());
        }
        assertThat(half.path("score").decimalValue()).isEqualByComparingTo(sum);
        // L5.6: 8 of 15 cases (cases 1, 3, …, 15) of 1 point; cases 1-10 are worth 0.0667, 11-15 0.0666.
        JsonNode l56 = half.path("tests").get(4);
        assertThat(l56.path("extra_data").path("step").asText()).isEqualTo("L5.6");
        assertThat(l56.path("score").decimalValue()).isEqualByComparingTo("0.5333");
        assertThat(l56.path("extra_data").path("passed").asInt()).isEqualTo(8);
    }

    @Test
    void sharesGiveTheRemainderToTheCasesThatLostMost() {
        assertThat(GradescopeResults.shares(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3})).extracting(BigDecimal::toString)
                .containsExactly("0.3334", "0.3333", "0.3333");
        assertThat(GradescopeResults.shares(IntStream.range(0, 15).mapToDouble(i -> 1.0 / 15).toArray()).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
        assertThat(GradescopeResults.shares(new double[] {0.5, 0.125, 0.125, 0.25})).extracting(BigDecimal::toString)
                .containsExactly("0.5000", "0.1250", "0.1250", "0.2500");
    }

    @Test
    void oneTestPerStepAndVisibilityWithUniqueNumbersInCourseOrder() throws Exception {
        JsonNode g = written(GradeResults.of(course(false)), 12);

        List<String> numbers = new ArrayList<>();
        g.path("tests").forEach(t -> numbers.add(t.path("number").asText()));
        assertThat(numbers).containsExactly("1.9", "2.1", "3.5", "3.5.1", "5.6", "7.7", "8.9").doesNotHaveDuplicates();
        assertThat(numbers).isSorted();
        JsonNode l35 = g.path("tests").get(2);
        JsonNode l35hidden = g.path("tests").get(3);
        assertThat(l35.path("name").asText()).isEqualTo("L3.5 title of T#mse");
        assertThat(l35.path("visibility").asText()).isEqualTo("visible");
        assertThat(l35.path("extra_data").path("cases")).hasSize(2);
        assertThat(l35hidden.path("name").asText()).isEqualTo("L3.5 title of T#mse — hidden cases");
        assertThat(l35hidden.path("visibility").asText()).isEqualTo("after_published");
        assertThat(l35hidden.path("extra_data").path("hidden").asBoolean()).isTrue();
        assertThat(l35hidden.path("tags").toString()).isEqualTo("[\"L3\",\"L3.5\",\"hidden\"]");
        assertThat(l35hidden.path("score").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(g.path("tests").get(5).path("extra_data").path("cases")).as("L7.7: both tests' cases").hasSize(6);
    }

    @Test
    void theTopLevelHoldsOnlyGradescopesFieldsWithTheLogHiddenAndTheRunsWallTime() throws Exception {
        JsonNode g = written(GradeResults.of(course(true)), 37.6);

        List<String> fields = new ArrayList<>();
        g.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("score", "execution_time", "output", "output_format", "test_output_format",
                "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests");
        assertThat(g.path("execution_time").isInt()).isTrue();
        assertThat(g.path("execution_time").asInt()).isEqualTo(38);
        assertThat(g.path("stdout_visibility").asText()).isEqualTo("hidden");
        assertThat(g.path("visibility").asText()).isEqualTo("visible");
        assertThat(g.path("output_format").asText()).isEqualTo("md");
        assertThat(g.path("test_output_format").asText()).isEqualTo("md");
        assertThat(g.path("test_name_format").asText()).isEqualTo("text");
        assertThat(g.path("extra_data").path("student").asText()).isEqualTo("ada");
        for (JsonNode t : g.path("tests")) {
            List<String> testFields = new ArrayList<>();
            t.fieldNames().forEachRemaining(testFields::add);
            assertThat(List.of("score", "max_score", "status", "name", "name_format", "number", "output",
                    "output_format", "tags", "visibility", "extra_data")).containsAll(testFields);
            assertThat(t.path("status").asText()).isIn("passed", "failed");
        }
        assertThat(written(GradeResults.of(course(true)), -1).has("execution_time")).isFalse();
    }

    @Test
    void theOutputsReadRightAsMarkdown() throws Exception {
        JsonNode g = written(GradeResults.of(course(false)), 12);
        GradeResults publicOnly = GradeResults.of(course(false).stream().filter(o -> !o.hidden()).toList());

        String overview = html(g.path("output").asText());
        assertThat(overview).startsWith("<p><strong>Grade: 6.7 / 9.5</strong></p>")
                .contains("1 hidden case is graded too");
        // The score table, of the public cases only, comes out line for line in a monospace block.
        assertThat(overview).contains("<pre><code class=\"language-text\">" + escape(publicOnly.scoreTable())
                + "\n</code></pre>");

        String l56 = html(g.path("tests").get(4).path("output").asText());
        assertThat(l56).startsWith("<p>8 of 15 cases pass.</p>").contains("<p>✗ wrong result (7 cases):</p>");
        // Seven cases failed the same way: their hint shows once, untouched by Markdown (no <em>, no table).
        assertThat(l56.split("hint: \\*softmax\\* applied twice \\| `x`", -1)).hasSize(2);
        assertThat(l56).doesNotContain("<em>").doesNotContain("<table").contains("case: case 2\ncase: case 4\n")
                .contains("  expected: 0.75\n  actual:   0.5\n");
        assertThat(html(g.path("tests").get(0).path("output").asText())).isEqualTo("<p>The case passes.</p>\n");
    }

    @Test
    void aFenceIsLongerThanAnyRunOfBackticksInItsText() {
        assertThat(GradescopeOutput.fenced("a ``` b")).startsWith("````text\n").endsWith("\n````\n");
        assertThat(html(GradescopeOutput.fenced("a ``` b\n# not a heading"))).isEqualTo(
                "<pre><code class=\"language-text\">a ``` b\n# not a heading\n</code></pre>\n");
    }

    @Test
    void readingBackGivesEveryCase() throws Exception {
        GradeResults results = GradeResults.of(course(false));
        GradescopeResults.Gradescope g = ResultsStore.JSON.readValue(ResultsStore.JSON.writeValueAsBytes(
                GradescopeResults.toGradescope(results, Map.of(), 3)), GradescopeResults.Gradescope.class);

        GradeResults read = GradescopeResults.fromGradescope(g);

        assertThat(read.outcomes()).hasSize(results.outcomes().size());
        assertThat(read.outcomes()).extracting(GradedOutcome::name, GradedOutcome::category, GradedOutcome::output,
                GradedOutcome::visibility, GradedOutcome::mistakes).containsExactlyElementsOf(results.outcomes()
                        .stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.name(), o.category(), o.output(),
                                o.visibility(), o.mistakes())).toList());
        assertThat(read.scoreTable()).isEqualTo(results.scoreTable());
        assertThat(g.maxScore()).isEqualByComparingTo("9.5");
    }

    @Test
    void aPerCaseFileFromBeforeIsRefusedWithTheReason() {
        GradescopeResults.Gradescope old = new GradescopeResults.Gradescope(BigDecimal.ONE, null, "", null, null, null,
                null, null, Map.of(), List.of(new GradescopeResults.GradescopeTest(BigDecimal.ONE, BigDecimal.ONE,
                        "passed", "L1.1 one", null, "L1.1", "", null, List.of(), "visible", Map.of("category",
                                "passed"))));
        assertThatThrownBy(() -> GradescopeResults.fromGradescope(old)).hasMessageContaining(
                "test 'L1.1 one' has no extra_data.cases");
    }

    private static String html(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
