package nnlab.grader.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTest {

    @TempDir
    Path root;

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void generateMakesExercisesMatchAndCheckFindsEveryDifference() throws IOException {
        write("reference/src/main/java/p/A.java", "package p;\nimport nnlab.course.Solution;\nclass A {\n"
                + "    @Solution(\"L1.1\")\n    int f() {\n        return 1;\n    }\n}\n");
        write("reference/src/main/resources/p/data.txt", "given data\n");
        Release release = new Release(root.resolve("reference/src/main"), root.resolve("exercises/src/main"));

        assertThat(release.staleFiles()).containsExactly(
                "missing  " + root.resolve("exercises/src/main/java/p/A.java"),
                "missing  " + root.resolve("exercises/src/main/resources/p/data.txt"));
        assertThat(release.generate()).hasSize(2);
        assertThat(release.staleFiles()).isEmpty();
        assertThat(Files.readString(root.resolve("exercises/src/main/java/p/A.java")))
                .contains("throw new NotImplementedYet(\"L1.1\");");
        assertThat(release.generate()).isEmpty();

        write("exercises/src/main/java/p/A.java", "edited by hand");
        write("exercises/src/main/java/p/Old.java", "class Old {}");
        assertThat(release.staleFiles()).containsExactly(
                "differs  " + root.resolve("exercises/src/main/java/p/A.java"),
                "extra    " + root.resolve("exercises/src/main/java/p/Old.java"));
        assertThat(release.generate()).containsExactly(
                "wrote    " + root.resolve("exercises/src/main/java/p/A.java"),
                "deleted  " + root.resolve("exercises/src/main/java/p/Old.java"));
        assertThat(release.staleFiles()).isEmpty();
    }

    @Test
    void aMissingReferenceIsNamed() {
        Release release = new Release(root.resolve("nope"), root.resolve("exercises"));
        org.assertj.core.api.Assertions.assertThatThrownBy(release::staleFiles)
                .hasMessage(root.resolve("nope") + ": not a folder (expected the reference's source root)");
    }

    @Test
    void theCoursesExercisesAreGeneratedFromItsReference() {
        Path repository = Path.of(System.getProperty("nnlab.repository.root", "..")).toAbsolutePath().normalize();
        Release release = new Release(repository.resolve("reference/src/main"), repository.resolve("exercises/src/main"));
        assertThat(release.staleFiles())
                .as("exercises/ must be regenerated: ./mvnw -q -Prelease-generate process-classes")
                .isEmpty();
    }
}
