package nnlab.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionLeaksTest {

    /** A reference file with one solution: two answer lines, three trivial ones. */
    private static final String REFERENCE = """
            package nnlab.lab3;

            import nnlab.course.Solution;

            public final class Losses {
                @Solution("L9.1")
                public static NDArray score(NDArray probabilities, NDArray targets) {
                    NDArray ones = probabilities.onesLike();
                    NDArray logP = probabilities.log().clip(-7, Double.MAX_VALUE);
                    if (ones == null) {
                        return ones;
                    }
                    return targets.mul(logP).add(ones.sub(targets)).neg().sum();
                }

                public static NDArray given(NDArray x) {
                    return x.mul(2).add(1);
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void collectsEveryNonTrivialStatementOfASolutionBody() {
        List<SolutionLines.Line> lines = new SolutionLines().ofSource("reference/Losses.java", REFERENCE);
        assertThat(lines).extracting(SolutionLines.Line::normalised).containsExactly(
                "NDArraylogP=probabilities.log().clip(-7,Double.MAX_VALUE);",
                "returntargets.mul(logP).add(ones.sub(targets)).neg().sum();");
        assertThat(lines).extracting(SolutionLines.Line::step).containsOnly("L9.1");
        assertThat(lines).extracting(SolutionLines.Line::line).containsExactly(9, 13);
    }

    @Test
    void findsAPlantedCopyWhateverItsFormattingAndNamesFileAndLine() throws Exception {
        Files.createDirectories(tmp.resolve("ref/nnlab/lab3"));
        Files.writeString(tmp.resolve("ref/nnlab/lab3/Losses.java"), REFERENCE);
        Path release = Files.createDirectories(tmp.resolve("release"));
        Files.createDirectories(release.resolve("exercises/nnlab/lab4"));
        // reformatted over three lines, with a comment inside
        Files.writeString(release.resolve("exercises/nnlab/lab4/Network.java"), """
                package nnlab.lab4;

                final class Network {
                    static NDArray loss(NDArray ones, NDArray logP, NDArray targets) {
                        NDArray probabilities = ones;
                        return targets.mul(logP) // the log-likelihood
                                .add(ones.sub(targets))
                                .neg().sum();
                    }
                }
                """);
        Files.writeString(release.resolve("README.md"), "# Hints\n\n    NDArray logP = probabilities.log()\n"
                + "        .clip(-7, Double.MAX_VALUE);\n");
        // trivial lines of the solution, and the reference's own given code, are no leak
        Files.writeString(release.resolve("Given.java"), "class Given { Object f(Object ones) {"
                + " NDArray ones = probabilities.onesLike(); return ones; } }\n");
        Files.write(release.resolve("data.npz"), new byte[] {'P', 'K', 0, 1});

        SolutionLeaks leaks = new SolutionLeaks(new SolutionLines().of(tmp.resolve("ref"), "reference/src/main/java"));
        List<String> files = List.of("exercises/nnlab/lab4/Network.java", "README.md", "Given.java", "data.npz");
        assertThat(leaks.find(release, files)).extracting(SolutionLeaks.Leak::message).containsExactly(
                "exercises/nnlab/lab4/Network.java:6: holds L9.1's solution line"
                        + " `return targets.mul(logP).add(ones.sub(targets)).neg().sum();`"
                        + " (reference/src/main/java/nnlab/lab3/Losses.java:13)",
                "README.md:3: holds L9.1's solution line"
                        + " `NDArray logP = probabilities.log().clip(-7, Double.MAX_VALUE);`"
                        + " (reference/src/main/java/nnlab/lab3/Losses.java:9)");
        assertThatThrownBy(() -> leaks.requireNone(release, files)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("would hand out 2 solution line(s)")
                .hasMessageContaining("exercises/nnlab/lab4/Network.java:6:").hasMessageContaining("README.md:3:");
        leaks.requireNone(release, List.of("Given.java", "data.npz"));
    }

    @Test
    void aTrivialLineIsAPlainDeclarationReturnOrAssignment() {
        String source = """
                class A {
                    @Solution("L1.1")
                    int f(Data dataset, int[] xs) {
                        int n = dataset.size();
                        Shape shape = p.getArray().getShape();
                        Parameter weight = linear.getParameters().get("weight");
                        collector.backward(loss);
                        features.add(example.features());
                        List<Float> losses = new ArrayList<>();
                        long[] order = new long[n];
                        this.n = n;
                        n++;
                        NDArray logits;
                        for (int i = 0; i < n; i++) {
                            break;
                        }
                        return (int) n;
                    }
                }
                """;
        assertThat(new SolutionLines().ofSource("A.java", source)).isEmpty();
        String answers = """
                class A {
                    @Solution("L1.1")
                    Object f(NDArray logits, Data dataset) {
                        int n = Math.toIntExact(dataset.getShape().get(0));
                        generator.randomInt64(7);
                        return x.add(w.matMul(b));
                        return logits.softmax(2);
                    }
                }
                """;
        assertThat(new SolutionLines().ofSource("A.java", answers)).extracting(SolutionLines.Line::text)
                .containsExactly("int n = Math.toIntExact(dataset.getShape().get(0));", "generator.randomInt64(7);",
                        "return x.add(w.matMul(b));", "return logits.softmax(2);");
    }
}
