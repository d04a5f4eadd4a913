package nnlab.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileSubmissionTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(SourceTree tree, String... extra) {
        List<String> args = new ArrayList<>(List.of("--sources=" + tree.sources, "--manifest=" + tree.manifest,
                "--classpath=", "--output=" + tree.output, "--report=" + tree.report));
        args.addAll(List.of(extra));
        args.add("--");
        args.addAll(SourceTree.JAVAC);
        return CompileSubmission.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private SourceTree tree(String student) throws IOException {
        return new SourceTree(dir).course("nnlab/lab3/Losses.java",
                SourceTree.classOf("nnlab.lab3", "Losses", "    public static int mse() { throw new"
                        + " UnsupportedOperationException(\"L3.5\"); }\n    public static int ce() { throw new"
                        + " UnsupportedOperationException(\"L3.2\"); }"),
                student, "L3.1", "L3.2", "L3.3", "L3.4", "L3.5", "L3.6");
    }

    @Test
    void printsNothingWhenEveryFileCompiles() throws IOException {
        SourceTree tree = tree(SourceTree.classOf("nnlab.lab3", "Losses",
                "    public static int mse() { return 81; }\n    public static int ce() { return 8; }"));

        assertThat(run(tree)).isZero();
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
        assertThat(CompileReport.read(tree.report).isEmpty()).isTrue();
        assertThat(tree.work.resolve("stamp")).exists();
    }

    @Test
    void printsOneLinePerReplacedFileAndSaysTheSameWhenTheStampSkipsTheWork() throws IOException {
        SourceTree tree = tree(SourceTree.classOf("nnlab.lab3", "Losses",
                "    public static int mse() { return 81 }\n    public static int ce() { return 8; }"));
        String line = "exercises: nnlab/lab3/Losses.java does not compile (line 4: ';' expected): graded as its stub"
                + " (steps L3.1–L3.6 score 0)" + System.lineSeparator();

        assertThat(run(tree)).isZero();
        assertThat(out()).isEqualTo(line);
        out.reset();
        assertThat(run(tree)).isZero();
        assertThat(out()).isEqualTo(line);
    }

    @Test
    void aMissingManifestIsOneLineNamingTheFileAndExitCode2() throws IOException {
        SourceTree tree = tree(null);
        Files.delete(tree.manifest);

        assertThat(run(tree)).isEqualTo(2);
        assertThat(err()).isEqualTo("nnlab tolerant compiler: " + tree.manifest + ": missing (expected the stub"
                + " manifest written by the release tool, --manifest)" + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingManifestMayBeAllowedForTheReleaseToolsOwnBuilds() throws IOException {
        SourceTree tree = tree(SourceTree.classOf("nnlab.lab3", "Losses", "    public static int mse() { return 81; }"));
        Files.delete(tree.manifest);

        assertThat(run(tree, "--manifest-optional=true")).isZero();
        assertThat(tree.output.resolve("nnlab/lab3/Losses.class")).exists();
    }

    @Test
    void aMalformedManifestNamesTheField() throws IOException {
        SourceTree tree = tree(null);
        Files.writeString(tree.manifest, "{\"files\": [{\"path\": \"nnlab/lab3/Losses.java\", \"steps\": []}]}");

        assertThat(run(tree)).isEqualTo(2);
        assertThat(err()).isEqualTo("nnlab tolerant compiler: " + tree.manifest
                + ": files[0].source: missing (expected a string)" + System.lineSeparator());

        err.reset();
        Files.writeString(tree.manifest, "{\"files\": [{\"path\": \"../Losses.java\", \"steps\": [], \"source\": \"\"}]}");
        assertThat(run(tree)).isEqualTo(2);
        assertThat(err()).contains(": files[0].path: '../Losses.java' is not a relative path of a .java file");

        err.reset();
        Files.writeString(tree.manifest, "{\"files\": [");
        assertThat(run(tree)).isEqualTo(2);
        assertThat(err()).startsWith("nnlab tolerant compiler: " + tree.manifest + ": not JSON (line 1");
    }

    @Test
    void mavensListOfClassPathElementsLosesTheOutputFolderAndTheToolsOwnLocation() throws Exception {
        Path self = Path.of(CompileSubmission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(CompileSubmission.ownLocation()).isEqualTo(self.toAbsolutePath().normalize());
        Path out = dir.resolve("target/classes");

        assertThat(CompileSubmission.classpathElements("[" + out + ", /m2/fixtures.jar, " + self + ", /m2/api.jar]", out))
                .containsExactly(Path.of("/m2/fixtures.jar"), Path.of("/m2/api.jar"));
        assertThat(CompileSubmission.classpathElements("[]", out)).isEmpty();
        assertThat(CompileSubmission.classpath("/a.jar" + java.io.File.pathSeparator + "/b")).containsExactly(
                Path.of("/a.jar"), Path.of("/b"));
    }

    @Test
    void theClassPathGivenAsMavensListCompilesLikeAPlainOne() throws IOException {
        SourceTree tree = tree(SourceTree.classOf("nnlab.lab3", "Losses", "    public static int mse() { return 81; }"));

        int code = CompileSubmission.run(new String[] {"--sources=" + tree.sources, "--manifest=" + tree.manifest,
            "--classpath-elements=[" + tree.output + "]", "--output=" + tree.output, "--report=" + tree.report},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        assertThat(tree.output.resolve("nnlab/lab3/Losses.class")).exists();

        assertThat(CompileSubmission.run(new String[] {"--sources=" + tree.sources, "--manifest=" + tree.manifest,
            "--classpath-elements=" + tree.output, "--output=" + tree.output, "--report=" + tree.report},
                new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(err()).contains("argument --classpath-elements: '" + tree.output + "' (expected Maven's list");
    }

    @Test
    void aMissingSourceFolderOrArgumentIsNamed() throws IOException {
        SourceTree tree = tree(null);
        Files.delete(tree.sources);

        assertThat(run(tree)).isEqualTo(2);
        assertThat(err()).isEqualTo("nnlab tolerant compiler: " + tree.sources + ": not a folder (expected the"
                + " student's source root, --sources)" + System.lineSeparator());

        err.reset();
        assertThat(CompileSubmission.run(new String[] {"--sources=x"}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
        assertThat(err()).startsWith("nnlab tolerant compiler: argument --manifest: missing (usage: ");
    }
}
