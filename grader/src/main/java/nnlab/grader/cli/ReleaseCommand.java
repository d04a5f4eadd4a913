package nnlab.grader.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nnlab.grader.release.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnlab release generate|check}: writes or checks the student stubs in exercises/. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Generates exercises/src/main from reference/src/main: every @Solution body becomes",
            "'throw new NotImplementedYet(step)'. 'check' lists stale files and exits 1 if any."})
final class ReleaseCommand implements Callable<Integer> {

    enum Mode { generate, check }

    @Parameters(index = "0", description = "generate or check")
    private Mode mode;

    @Option(names = "--root", description = "the repository's root (default: the current folder)")
    private Path root = Path.of(".");

    @Override
    public Integer call() {
        Release release = new Release(root.resolve("reference/src/main"), root.resolve("exercises/src/main"));
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
