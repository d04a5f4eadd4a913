package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import nnlab.grader.results.AllureHistory;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.GradedOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-wide Allure files: the grade where the overview shows it, the categories, and the history carried over. */
class AllureSetupTest {

    @TempDir
    Path dir;

    private static GradeResults grade() {
        return GradeResults.of(List.of(
                new GradedOutcome("nnlab.lab3.LossesTest#crossEntropy", "L3.2 ce · a", "L3.2", 1.5, 2,
                        Categories.PASSED, "", 0.1),
                new GradedOutcome("nnlab.lab3.LossesTest#mse", "L3.5 mse", "L3.5", 0, 1, Categories.WRONG_RESULT,
                        "x", 0.1),
                new GradedOutcome("nnlab.lab8.MnistByHandTest#forward", "L8.3 forward", "L8.3", 2.3, 18,
                        Categories.WRONG_RESULT, "y", 0.1)));
    }

    @Test
    void theGradeLeadsTheEnvironmentPanelAndNamesTheReport() throws IOException {
        Path results = dir.resolve("allure-results");
        AllureSetup.writeRunFiles(results, "PyTorch 2.7.1 on cpu()", grade());
        List<String> lines = Files.readAllLines(results.resolve("environment.properties"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("GRADE=3.8 / 21 (18.1 %)");
        Properties env = new Properties();
        try (InputStream in = Files.newInputStream(results.resolve("environment.properties"))) {
            env.load(in); // as Allure reads it: ISO-8859-1 with \\u escapes
        }
        assertThat(env.getProperty("L3")).isEqualTo("1.5 / 3 (50.0 %) \u2014 losses");
        assertThat(env.getProperty("L8")).isEqualTo("2.3 / 18 (12.8 %) \u2014 MNIST by hand");
        assertThat(env.getProperty("djl.engine")).isEqualTo("PyTorch 2.7.1 on cpu()");
        JsonNode executor = new ObjectMapper().readTree(results.resolve("executor.json").toFile());
        assertThat(executor.path("buildName").asText()).isEqualTo("GRADE 3.8 / 21 (18.1 %)");
        assertThat(executor.path("reportName").asText()).isEqualTo("nnlab \u2014 GRADE 3.8 / 21 (18.1 %)");
        assertThat(Files.readAllBytes(results.resolve("categories.json"))).isEqualTo(AllureCategories.committed());
    }

    @Test
    void theLastOneFileReportsHistoryIsCarriedIntoTheResults() throws IOException {
        Path results = dir.resolve("allure-results");
        Path report = Files.createDirectories(dir.resolve(AllureSetup.MAVEN_REPORT));
        String history = "{\"abc\":{\"statistic\":{\"failed\":1,\"total\":1},\"items\":[]}}";
        String trend = "[{\"data\":{\"failed\":1,\"total\":1}}]";
        Files.writeString(report.resolve("index.html"), "<script>\n"
                + "        d('data/behaviors.json','e30=')\n"
                + "        d('history/history.json','" + b64(history) + "')\n"
                + "        d('history/history-trend.json','" + b64(trend) + "')\n</script>\n");
        AllureSetup.writeRunFiles(results, "engine", grade());
        assertThat(results.resolve("history/history.json")).hasContent(history);
        assertThat(results.resolve("history/history-trend.json")).hasContent(trend);
        assertThat(results.resolve("history/behaviors.json")).doesNotExist();
    }

    @Test
    void aMultiFileReportsHistoryFolderIsCopiedAsItIs() throws IOException {
        Path report = Files.createDirectories(dir.resolve("report/history"));
        Files.writeString(report.resolve("history-trend.json"), "[1]");
        assertThat(AllureHistory.carryOver(dir.resolve("report"), dir.resolve("results"))).isEqualTo(1);
        assertThat(dir.resolve("results/history/history-trend.json")).hasContent("[1]");
        assertThat(AllureHistory.carryOver(dir.resolve("no-report"), dir.resolve("results"))).isZero();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
