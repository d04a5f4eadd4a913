package nnlab.grader.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixtures/generator/generate} runs only with the PyTorch and numpy the committed fixtures record (Debian 12's
 * python3-torch 1.13.1, {@code torch.__version__} 1.13.0a0, and numpy 1.24.2): another version fails at once, naming
 * both versions and how to get the right ones. A fake Python (python3 with stand-in {@code torch} and {@code numpy}
 * modules that have only a version) stands for the other machines.
 */
class GeneratorVersionCheckTest {

    private static final Path GENERATE = Path.of("..", "fixtures", "generator", "generate").toAbsolutePath();

    @TempDir
    Path fake;

    private record Run(int code, String output) {
    }

    private Run generate(String torch, String numpy, String... args) throws IOException, InterruptedException {
        for (String[] module : new String[][] {{"torch", torch}, {"numpy", numpy}}) {
            Files.createDirectories(fake.resolve(module[0]));
            Files.writeString(fake.resolve(module[0]).resolve("__init__.py"), "__version__ = \"" + module[1] + "\"\n");
        }
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("sh", GENERATE.toString())));
        builder.command().addAll(List.of(args));
        builder.environment().put("PYTHON", "python3");
        builder.environment().put("PYTHONPATH", fake.toString());
        builder.environment().remove("NNLAB_GENERATOR_ANY_VERSION");
        builder.redirectErrorStream(true);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    private static void requirePython() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(false).as("python3 is not installed").isTrue();
            return;
        }
        p.getInputStream().readAllBytes();
        assumeThat(p.waitFor()).as("python3 --version").isZero();
    }

    @Test
    void anotherPyTorchFailsNamingBothVersionsAndHowToGetTheRightOne() throws Exception {
        requirePython();
        Run run = generate("2.4.1", "1.24.2", "--check");
        assertThat(run.code()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("has torch 2.4.1 and numpy 1.24.2, but the fixtures were made with torch"
                + " 1.13.0a0 (Debian python3-torch 1.13.1+dfsg-4) and numpy 1.24.2")
                .contains("sudo apt-get install python3-torch python3-numpy").contains("debian:12")
                .doesNotContain("fixture check:");
    }

    @Test
    void anotherNumpyFailsToo() throws Exception {
        requirePython();
        Run run = generate("1.13.0a0", "1.26.4", "--check");
        assertThat(run.code()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("has torch 1.13.0a0 and numpy 1.26.4, but the fixtures were made with"
                + " torch 1.13.0a0");
    }

    @Test
    void pipsTorch1131IsNotDebiansBuild() throws Exception {
        requirePython();
        Run run = generate("1.13.1", "1.24.2", "--versions");
        assertThat(run.code()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("has torch 1.13.1 and numpy 1.24.2");
    }

    @Test
    void theRecordedVersionsPass() throws Exception {
        requirePython();
        Run run = generate("1.13.0a0", "1.24.2", "--versions");
        assertThat(run.output()).isEqualTo("torch 1.13.0a0 and numpy 1.24.2: the versions the fixtures record\n");
        assertThat(run.code()).isZero();
    }
}
