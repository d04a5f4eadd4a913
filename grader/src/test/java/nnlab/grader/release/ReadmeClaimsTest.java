package nnlab.grader.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeClaimsTest {

    private static final List<String> FILES = List.of("README.md", "mvnw", "pom.xml", ".github/workflows/grade.yml",
            "exercises/src/main/java/nnlab/lab3/Losses.java", "fixtures/golden/L3.2.json",
            "fixtures/data/mnist-subset/LICENSE", "grader/src/main/java/nnlab/grader/hints/HintMessages.java");
    private static final String POM = "<profiles><profile>\n  <id>cuda</id></profile><profile><id>stub-check</id>"
            + "</profile></profiles>";

    private final ReadmeClaims claims = new ReadmeClaims(FILES, List.of(POM));

    @Test
    void whatTheReleaseHoldsIsTrue() {
        String readme = """
                # nnlab
                Run `./mvnw test` or `./mvnw test -Pcuda`; edit `exercises/src/main/java/nnlab/labN/`, read
                `grader/target/grade/results.json` and `nnlab/golden/L3.2.json` (`fixtures/golden/L3.2.json`), see
                `.github/workflows/grade.yml`, `Losses.java`, `grader/.../hints/HintMessages.java`, `fixtures/golden/*.json`,
                `/usr/share/datasets/fashion-mnist`, `https://example.org/a/b`, `b/255` and `nnlab/data/mnist-subset/`.
                ```
                ./mvnw verify -Pstub-check
                ```
                """;
        assertThat(claims.missing(readme)).isEmpty();
    }

    @Test
    void namesWhatTheReleaseLacksByLine() {
        String readme = """
                # nnlab
                Regenerate with `fixtures/generator/*.py` (see `DESIGN.md`).
                <!-- a comment naming `reference/pom.xml` is not shown -->
                ```
                ./mvnw verify -Pcuda,reference
                bench/epoch-benchmark --epochs 5
                ```
                """;
        assertThat(claims.missing(readme)).extracting(m -> m.message("README.md")).containsExactly(
                "README.md:2: names the path fixtures/generator/*.py, which the student release does not contain",
                "README.md:2: names the file DESIGN.md, which the student release does not contain",
                "README.md:5: names the profile -Preference, which the student release declares in no pom.xml",
                "README.md:6: names the path bench/epoch-benchmark, which the student release does not contain");
    }
}
