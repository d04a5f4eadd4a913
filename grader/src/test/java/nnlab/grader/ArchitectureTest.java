package nnlab.grader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grading kit's parts and the one way their dependencies point (the README's "How nnlab is built" lists them):
 * from the command line down to the hints' wording, never back up, so each part can be read, tested and changed
 * knowing only the parts below it.
 */
class ArchitectureTest {

    private static final String CLI = "nnlab.grader.cli..";
    private static final String BATCH = "nnlab.grader.batch..";
    private static final String RELEASE = "nnlab.grader.release..";
    private static final String RUNNER = "nnlab.grader.runner..";
    private static final String JUNIT = "nnlab.grader.junit..";
    private static final String ASSERTIONS = "nnlab.grader.assertions..";
    private static final String RESULTS = "nnlab.grader.results..";
    private static final String HINTS = "nnlab.grader.hints..";

    private static JavaClasses kit;

    @BeforeAll
    static void importKit() {
        kit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nnlab.grader");
    }

    @Test
    void dependenciesPointDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(CLI)
                .layer("batch").definedBy(BATCH)
                .layer("release").definedBy(RELEASE)
                .layer("runner").definedBy(RUNNER)
                .layer("junit").definedBy(JUNIT)
                .layer("assertions").definedBy(ASSERTIONS)
                .layer("results").definedBy(RESULTS)
                .layer("hints").definedBy(HINTS)
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
                // The batch compares a submission with the release students got (instructor-only regions cut).
                .whereLayer("release").mayOnlyBeAccessedByLayers("cli", "batch")
                .whereLayer("release").mayNotAccessAnyLayer()
                .whereLayer("runner").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("junit").mayOnlyBeAccessedByLayers("cli", "runner")
                .whereLayer("assertions").mayOnlyBeAccessedByLayers("runner", "junit")
                .whereLayer("assertions").mayOnlyAccessLayers("hints")
                .whereLayer("results").mayOnlyBeAccessedByLayers("cli", "batch", "runner", "junit")
                .whereLayer("results").mayNotAccessAnyLayer()
                .whereLayer("hints").mayOnlyBeAccessedByLayers("cli", "runner", "junit", "assertions")
                .whereLayer("hints").mayNotAccessAnyLayer()
                .because("the kit's parts depend one way, from the command line down to the hints' wording")
                .check(kit);
    }

    @Test
    void partsAreFreeOfCycles() {
        slices().matching("nnlab.grader.(*)..").should().beFreeOfCycles().check(kit);
    }

    @Test
    void everyClassBelongsToAPart() {
        classes().that().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(CLI, BATCH, RELEASE, RUNNER, JUNIT, ASSERTIONS, RESULTS, HINTS)
                .because("a new package of the kit takes its place in the layers above first")
                .check(kit);
    }
}
