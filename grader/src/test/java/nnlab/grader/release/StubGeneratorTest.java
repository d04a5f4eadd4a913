package nnlab.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StubGeneratorTest {

    private final StubGenerator generator = new StubGenerator();

    private static final String REFERENCE = """
            package nnlab.lab9;

            import ai.djl.ndarray.NDArray;
            import nnlab.course.Solution;

            /** A lab. */
            public final class Steps {

                private final int size;

                /** L9.1 — builds it. */
                @Solution("L9.1")
                public Steps(int size) {
                    this.size = size * 2;
                }

                /**
                 * L9.2 — doubles.
                 *
                 * @param x the input
                 */
                @Solution("L9.2")
                public static NDArray doubled(NDArray x) {
                    NDArray y = x.mul(2);   // the solution
                    return y;
                }

                /** Given: students get this as it is. */
                public static int given(int a) {
                    return a + 1;
                }
            }
            """;

    @Test
    void replacesEveryMarkedBodyAndKeepsEverythingElse() {
        StubGenerator.Stub stub = generator.generate("Steps.java", REFERENCE);
        assertThat(stub.steps()).containsExactly("L9.1", "L9.2");
        assertThat(stub.source()).startsWith(StubGenerator.HEADER + System.lineSeparator() + "package nnlab.lab9;")
                .contains("import nnlab.course.NotImplementedYet;")
                .doesNotContain("import nnlab.course.Solution;").doesNotContain("@Solution")
                .doesNotContain("the solution").doesNotContain("size * 2")
                .contains("    /** L9.1 — builds it. */\n    public Steps(int size) {\n        throw new NotImplementedYet(\"L9.1\");\n    }")
                .contains("     * @param x the input\n     */\n    public static NDArray doubled(NDArray x) {\n"
                        + "        throw new NotImplementedYet(\"L9.2\");\n    }")
                .contains("    /** Given: students get this as it is. */\n    public static int given(int a) {\n"
                        + "        return a + 1;\n    }");
    }

    @Test
    void aFileWithoutSolutionsIsCopiedWithTheHeader() {
        String given = "package nnlab.lab9;\n\nfinal class Helper {\n    int x = 1;   // kept\n}\n";
        StubGenerator.Stub stub = generator.generate("Helper.java", given);
        assertThat(stub.steps()).isEmpty();
        assertThat(stub.source()).isEqualTo(StubGenerator.HEADER + System.lineSeparator() + given);
    }

    @Test
    void rejectsMalformedMarkersWithFileAndLine() {
        assertThatThrownBy(() -> generator.generate("Bad.java", REFERENCE.replace("@Solution(\"L9.2\")", "@Solution(\"9.2\")")))
                .isInstanceOf(ReleaseException.class)
                .hasMessage("Bad.java:22: @Solution on doubled: '9.2' is not a step id (expected L<lab>.<step>, such as L3.2)");
        assertThatThrownBy(() -> generator.generate("Bad.java", REFERENCE.replace("@Solution(\"L9.2\")", "@Solution(STEP)")))
                .hasMessageContaining("Bad.java:22: @Solution on doubled must name its step as a string literal");
        assertThatThrownBy(() -> generator.generate("Bad.java", "package x; class {"))
                .hasMessageStartingWith("Bad.java: does not parse: ");
    }

    @Test
    void anAbstractMethodCannotBeASolution() {
        String source = "package x;\nimport nnlab.course.Solution;\ninterface A {\n    @Solution(\"L1.1\")\n    int f();\n}\n";
        assertThatThrownBy(() -> generator.generate("A.java", source))
                .hasMessage("A.java:4: @Solution on a method without a body (f)");
    }
}
