package nnlab.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnlab.grader.release.Release;
import nnlab.grader.release.StudentRelease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnlab release generate|check|publish}: writes or checks the student stubs in exercises/ and their manifest,
 * or publishes the repository students clone.
 */
@Command(name = "release", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Generate or check the stubs, or publish the student release.",
        description = {"MODE is one of:",
            "generate: writes exercises/src/main from reference/src/main, where every @Solution body becomes"
                + " 'throw new NotImplementedYet(step)', and exercises/stubs.json (every stub's path, steps and"
                + " source), which the tolerant compiler puts in place of a student's file that does not compile.",
            "check: lists the stale files of exercises/ (stubs.json included) and exits 1 if there are any.",
            "publish: writes the repository students clone into the new folder --out: no reference/, no fixture"
                + " generator, no course CI, and the instructor-only regions of pom.xml files and README.md cut"
                + " out."},
        footer = {"", "Examples: ./nnlab release check", "          ./nnlab release publish --out ../student-repo"})
final class ReleaseCommand implements Callable<Integer> {

    enum Mode { generate, check, publish }

    /** The stub manifest, relative to the repository's root. */
    static final String MANIFEST = "exercises/stubs.json";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODE", description = "${COMPLETION-CANDIDATES}")
    private Mode mode;

    @Option(names = "--root", paramLabel = "DIR", description = "the repository's root (default: the current folder)")
    private Path root = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "publish: the new folder for the student repository")
    private Path out;

    @Override
    public Integer call() {
        Inputs.readableFolder(spec, "--root", root, "the course repository");
        if (mode == Mode.publish) {
            if (out == null) {
                throw new Inputs.BadInput(spec, "publish: missing --out DIR (expected the new folder for the"
                        + " student repository)");
            }
            List<String> written = new StudentRelease(root).publish(out);
            System.out.println("release publish: " + written.size() + " files written to " + out);
            return 0;
        }
        Release release = new Release(root.resolve("reference/src/main"), root.resolve("exercises/src/main"),
                root.resolve(MANIFEST));
        if (mode == Mode.generate) {
            List<String> changed = release.generate();
            changed.forEach(System.out::println);
            System.out.println("release: exercises/ is up to date (" + changed.size() + " files changed)");
            return 0;
        }
        List<String> stale = release.staleFiles();
        stale.forEach(System.out::println);
        if (stale.isEmpty()) {
            System.out.println("release check: exercises/ matches reference/");
            return 0;
        }
        System.out.println("release check: exercises/ is stale (" + stale.size()
                + " files); run ./mvnw -q -Prelease-generate process-classes and commit the result");
        return 1;
    }
}
