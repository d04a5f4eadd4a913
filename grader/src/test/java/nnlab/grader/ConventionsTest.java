package nnlab.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nnlab.course.StepId;
import nnlab.fixtures.Fixtures;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import nnlab.grader.release.StubGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The project's rules that no compiler checks: which module may use which, and that every step id is used the
 * same way everywhere (solution, fixture, graded test, README).
 */
class ConventionsTest {

    private static final Path ROOT = Path.of(System.getProperty("nnlab.repository.root", "..")).toAbsolutePath()
            .normalize();

    private static JavaClasses mainClasses;
    private static List<Method> gradedTestMethods;

    @BeforeAll
    static void importClasses() {
        mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nnlab");
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("nnlab");
        gradedTestMethods = new ArrayList<>();
        tests.stream().filter(c -> c.getPackageName().startsWith("nnlab.lab")).forEach(c -> {
            for (Method m : c.reflect().getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class)
                        || m.isAnnotationPresent(Graded.class)) {
                    gradedTestMethods.add(m);
                }
            }
        });
    }

    @Test
    void dependenciesFlowOneWay() {
        assertThat(mainClasses.containPackage("nnlab.lab3")).as("the implementation under test is imported").isTrue();
        assertThat(mainClasses.containPackage("nnlab.grader")).as("the kit is imported").isTrue();
        noClasses().that().resideInAnyPackage("nnlab.course..", "nnlab.fixtures..")
                .should().dependOnClassesThat().resideInAnyPackage("nnlab.grader..", "nnlab.lab*..")
                .because("fixtures/ is below reference, exercises and grader").check(mainClasses);
        noClasses().that().resideInAnyPackage("nnlab.lab*..")
                .should().dependOnClassesThat().resideInAnyPackage("nnlab.grader..")
                .because("an implementation must not know how it is graded").check(mainClasses);
        noClasses().that().resideInAnyPackage("nnlab.grader..")
                .should().dependOnClassesThat().resideInAnyPackage("nnlab.lab*..")
                .because("the grading kit works for reference and exercises alike").check(mainClasses);
    }

    @Test
    void everyLabTestIsGradedAndNamedAfterItsStep() {
        assertThat(gradedTestMethods).isNotEmpty();
        for (Method m : gradedTestMethods) {
            String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            Graded graded = m.getAnnotation(Graded.class);
            assertThat(graded).as("%s is a test in a lab package, so it needs @Graded", where).isNotNull();
            assertThat(StepId.isStepId(graded.step())).as("%s: @Graded step '%s'", where, graded.step()).isTrue();
            assertThat(graded.points()).as("%s: points", where).isPositive();
            DisplayName name = m.getAnnotation(DisplayName.class);
            assertThat(name).as("%s needs a @DisplayName starting with %s", where, graded.step()).isNotNull();
            assertThat(name.value()).as("%s: display name", where).startsWith(graded.step() + " ");
            assertThat(graded.timeoutSeconds()).as("%s: time limit", where).isPositive();
            FixtureCases cases = m.getAnnotation(FixtureCases.class);
            if (m.isAnnotationPresent(ParameterizedTest.class)) {
                assertThat(cases).as("%s: the grading runner plans a parameterized test's cases from @FixtureCases",
                        where).isNotNull();
            }
            if (cases != null) {
                assertThat(cases.value()).as("%s reads the fixture of its own step", where).isEqualTo(graded.step());
                assertThat(Fixtures.goldenSteps()).as("%s: fixture of %s exists", where, cases.value())
                        .contains(StepId.parse(cases.value()));
            }
        }
    }

    @Test
    void everyFixtureAndEverySolutionHasAGradedTest() throws IOException {
        Set<String> graded = new TreeSet<>();
        gradedTestMethods.forEach(m -> graded.add(m.getAnnotation(Graded.class).step()));
        for (StepId step : Fixtures.goldenSteps()) {
            assertThat(graded).as("fixtures/golden/%s.json has a graded test", step).contains(step.toString());
        }
        assertThat(solutionSteps()).isNotEmpty().allSatisfy(step ->
                assertThat(graded).as("@Solution(\"%s\") has a graded test", step).contains(step));
    }

    @Test
    void theReadmeListsEveryGradedStep() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        gradedTestMethods.forEach(m -> {
            String step = m.getAnnotation(Graded.class).step();
            assertThat(readme).as("README.md's table of labs lists %s", step).contains("| " + step + " |");
        });
    }

    private static Set<String> solutionSteps() throws IOException {
        StubGenerator generator = new StubGenerator();
        Set<String> steps = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("reference/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                steps.addAll(generator.generate(f.toString(), Files.readString(f)).steps());
            }
        }
        return steps;
    }
}
