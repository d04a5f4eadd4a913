package nnlab.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.GradedOutcome;
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
        GradeResults graded = Inputs.gradeResults(spec, "--results", results, "the results.json of grading the stubs: run ./mvnw test first");
        List<String> problems = new ArrayList<>();
        if (graded.outcomes().isEmpty()) {
            problems.add(results + ": tests: expected a non-empty list of graded tests");
        }
        for (GradedOutcome o : graded.outcomes()) {
            if (o.score() != 0 || !Categories.NOT_IMPLEMENTED.equals(o.category())) {
                problems.add(o.name() + ": score " + o.score() + ", category '" + o.category() + "' (expected 0 and '"
                        + Categories.NOT_IMPLEMENTED + "')" + System.lineSeparator() + "    "
                        + o.output().replace("\n", "\n    "));
            }
        }
        if (graded.score() != 0 || graded.maxScore() <= 0) {
            problems.add(results + ": score " + GradeResults.points(graded.score()) + " of "
                    + GradeResults.points(graded.maxScore()) + " (expected 0 of more than 0)");
        }
        problems.forEach(p -> System.out.println("check-stubs: " + p));
        System.out.printf("check-stubs: %d graded cases, %s / %s points, %d problems%n", graded.outcomes().size(),
                GradeResults.points(graded.score()), GradeResults.points(graded.maxScore()), problems.size());
        return problems.isEmpty() ? 0 : 1;
    }
}
