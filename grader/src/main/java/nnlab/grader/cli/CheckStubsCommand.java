package nnlab.grader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nnlab.grader.results.Categories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nnlab check-stubs}: proves, from a results.json written while grading the generated stubs, that the
 * stubs earn nothing and that every test failed as "not implemented yet" (never deep inside DJL).
 */
@Command(name = "check-stubs", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Check that the stubs score 0, all 'not implemented yet'.",
        description = "Reads the results.json of grading exercises/ (the generated stubs) and exits 1 unless it"
            + " scores 0 with every test 'not implemented yet'; 2 when the file is missing or not JSON.")
final class CheckStubsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--results", paramLabel = "FILE",
            description = "the results.json to read (default: ${DEFAULT-VALUE})")
    private Path results = Path.of("grader/target/grade/results.json");

    @Override
    public Integer call() throws IOException {
        Inputs.readableFile(spec, "--results", results, "the results.json of grading the stubs: run ./mvnw test first");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(results.toFile());
        } catch (JsonProcessingException e) {
            throw new Inputs.BadInput(spec, "--results " + results + ": not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        List<String> problems = new ArrayList<>();
        JsonNode tests = root.path("tests");
        if (!tests.isArray() || tests.isEmpty()) {
            problems.add(results + ": tests: expected a non-empty list of graded tests");
        }
        for (JsonNode t : tests) {
            String category = t.path("extra_data").path("category").asText("");
            if (t.path("score").asDouble() != 0 || !Categories.NOT_IMPLEMENTED.equals(category)) {
                problems.add(t.path("name").asText() + ": score " + t.path("score").asDouble() + ", category '"
                        + category + "' (expected 0 and '" + Categories.NOT_IMPLEMENTED + "')"
                        + System.lineSeparator() + "    " + t.path("output").asText().replace("\n", "\n    "));
            }
        }
        if (root.path("score").asDouble() != 0 || root.path("max_score").asDouble() <= 0) {
            problems.add(results + ": score " + root.path("score") + " of " + root.path("max_score")
                    + " (expected 0 of more than 0)");
        }
        problems.forEach(p -> System.out.println("check-stubs: " + p));
        System.out.printf("check-stubs: %d graded tests, %s / %s points, %d problems%n", tests.size(),
                root.path("score").asText(), root.path("max_score").asText(), problems.size());
        return problems.isEmpty() ? 0 : 1;
    }
}
