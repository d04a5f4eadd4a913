package nnlab.grader.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentReleaseTest {

    @TempDir
    Path tmp;

    @Test
    void cutsInstructorRegionsButKeepsProseThatNamesThem() {
        String pom = "<modules>\n  <!-- instructor-only:begin -->\n  <module>reference</module>\n"
                + "  <!-- instructor-only:end -->\n  <module>grader</module>\n</modules>\n"
                + "regions run from instructor-only:begin to instructor-only:end\n";
        assertThat(StudentRelease.withoutInstructorRegions("pom.xml", pom)).isEqualTo(
                "<modules>\n  <module>grader</module>\n</modules>\n"
                        + "regions run from instructor-only:begin to instructor-only:end\n");
    }

    @Test
    void rejectsUnbalancedMarkersWithFileAndLine() {
        assertThatThrownBy(() -> StudentRelease.withoutInstructorRegions("README.md", "a\n<!-- instructor-only:end -->\n"))
                .hasMessage("README.md:2: instructor-only:end without a instructor-only:begin");
        assertThatThrownBy(() -> StudentRelease.withoutInstructorRegions("README.md", "<!-- instructor-only:begin -->\n"))
                .hasMessage("README.md: instructor-only:begin is never closed by instructor-only:end");
        assertThatThrownBy(() -> StudentRelease.withoutInstructorRegions("pom.xml",
                "<!-- instructor-only:begin -->\n<!-- instructor-only:begin -->\n"))
                .hasMessage("pom.xml:2: instructor-only:begin inside another region");
    }

    @Test
    void excludesTheInstructorsFiles() {
        assertThat(StudentRelease.excluded("reference/pom.xml")).isTrue();
        assertThat(StudentRelease.excluded("fixtures/generator/generate.py")).isTrue();
        assertThat(StudentRelease.excluded("fixtures/hidden/L3.2.json")).isTrue();
        assertThat(StudentRelease.excluded("fixtures/hidden/L8.params.inputs.npz")).isTrue();
        assertThat(StudentRelease.excluded("fixtures/golden/hidden-steps.json")).isFalse();
        assertThat(StudentRelease.excluded(".ci/run")).isTrue();
        assertThat(StudentRelease.excluded(".github/workflows/course-ci.yml")).isTrue();
        // grading a class is the instructor's; the student's grade.yml is feedback only and stays
        assertThat(StudentRelease.excluded(".github/workflows/grade-class.yml")).isTrue();
        assertThat(StudentRelease.excluded(".github/workflows/shard_repos.py")).isTrue();
        assertThat(StudentRelease.excluded(".github/workflows/grade.yml")).isFalse();
        assertThat(StudentRelease.excluded("referenced.txt")).isFalse();
        assertThat(StudentRelease.excluded("fixtures/golden/L3.1.json")).isFalse();
    }

    @Test
    void publishesTheCourseRepositoryWithoutTheReference() throws Exception {
        Path root = Path.of(System.getProperty("nnlab.repository.root", "..")).toAbsolutePath().normalize();
        Path out = tmp.resolve("student");
        var written = new StudentRelease(root).publish(out);
        // the stub manifest and the tolerant compiler ship with the stubs: a student's file that does not compile
        // is graded as its stub
        assertThat(written).contains("pom.xml", "exercises/pom.xml", "grader/pom.xml", "README.md", "mvnw",
                        "exercises/stubs.json", "submission/pom.xml")
                .noneMatch(p -> p.startsWith("reference/") || p.startsWith(".ci/") || p.startsWith("fixtures/generator/")
                        || p.startsWith("fixtures/hidden/"));
        assertThat(Files.readString(out.resolve("pom.xml"))).doesNotContain("<module>reference</module>")
                .doesNotContain("<id>reference</id>").doesNotContain("instructor-only").contains("<module>exercises</module>");
        assertThat(Files.readString(out.resolve("grader/pom.xml"))).doesNotContain("nnlab-reference")
                .doesNotContain("release-generate");
        assertThat(Files.readString(out.resolve("README.md"))).doesNotContain("-Preference").contains("./mvnw test");
        assertThat(Files.readString(out.resolve("pom.xml"))).contains("<module>submission</module>");
        assertThat(Files.readString(out.resolve("exercises/pom.xml"))).contains("nnlab.submission.CompileSubmission")
                .doesNotContain("instructor-only").doesNotContain("<id>release-generate</id>");
        assertThat(out.resolve("exercises/stubs.json")).hasSameBinaryContentAs(root.resolve("exercises/stubs.json"));
        assertThat(out.resolve("mvnw")).isExecutable();
        assertThat(written).noneMatch(p -> p.startsWith("bench/")); // lab 8's benchmark times a complete epoch
        assertThat(Files.readString(out.resolve("pom.xml"))).doesNotContain("<module>bench</module>");
        if (Files.getFileStore(out).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            // what a fresh clone gets, not the owner-only modes of Java's temporary folders
            assertThat(mode(out)).isEqualTo("rwxr-xr-x");
            assertThat(mode(out.resolve("grader/src/main/java"))).isEqualTo("rwxr-xr-x");
            assertThat(mode(out.resolve("mvnw"))).isEqualTo("rwxr-xr-x");
            assertThat(mode(out.resolve("README.md"))).isEqualTo("rw-r--r--");
            assertThat(mode(out.resolve("exercises/stubs.json"))).isEqualTo("rw-r--r--");
            try (var all = Files.walk(out)) {
                assertThat(all.filter(p -> !java.util.Set.of("mvnw", "nnlab").contains(out.relativize(p).toString())
                        && Files.isRegularFile(p))
                        .map(StudentReleaseTest::mode)).containsOnly("rw-r--r--");
            }
        }
        assertThat(tmp).isDirectoryNotContaining("glob:**/.student-release*");
        assertThatThrownBy(() -> new StudentRelease(root).publish(out)).hasMessageContaining("already exists");
    }

    @Test
    void publishingRefusesASolutionLineOutsideItsBodyAndAnUntrueReadme() throws Exception {
        Path course = tmp.resolve("course");
        write(course, "reference/src/main/java/nnlab/lab1/A.java", "package nnlab.lab1;\nclass A {\n"
                + "    @Solution(\"L1.1\")\n    int f(int[] x) {\n        return x.length * 2 + 1;\n    }\n}\n");
        write(course, "exercises/src/main/java/nnlab/lab1/B.java", "package nnlab.lab1;\nclass B {\n"
                + "    int g(int[] x) {\n        return x.length * 2\n            + 1;\n    }\n}\n");
        write(course, "README.md", "# course\nRun `./mvnw test`.\n");
        write(course, "mvnw", "#!/bin/sh\n");
        git(course, "init", "-q");
        git(course, "add", "-A");
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> new StudentRelease(course).publish(out)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("exercises/src/main/java/nnlab/lab1/B.java:4: holds L1.1's solution line"
                        + " `return x.length * 2 + 1;` (reference/src/main/java/nnlab/lab1/A.java:5)");
        assertThat(out).doesNotExist();

        write(course, "exercises/src/main/java/nnlab/lab1/B.java", "package nnlab.lab1;\nclass B {\n}\n");
        write(course, "README.md", "# course\nRun `./mvnw test -Preference`, see `DESIGN.md`.\n");
        assertThatThrownBy(() -> new StudentRelease(course).publish(out)).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("README.md:2: names the profile -Preference")
                .hasMessageContaining("README.md:2: names the file DESIGN.md");
        assertThat(out).doesNotExist();

        write(course, "README.md", "# course\nRun `./mvnw test`.\n");
        assertThat(new StudentRelease(course).publish(out)).containsExactly("README.md",
                "exercises/src/main/java/nnlab/lab1/B.java", "mvnw");
    }

    private static void write(Path root, String relative, String text) throws java.io.IOException {
        Files.createDirectories(root.resolve(relative).getParent());
        Files.writeString(root.resolve(relative), text);
    }

    private static void git(Path root, String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", root.toString()));
        command.addAll(java.util.List.of(arguments));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static String mode(Path p) {
        try {
            return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aReleaseThatWouldHoldAHiddenCaseIsRefused() throws Exception {
        Path release = java.nio.file.Files.createDirectories(tmp.resolve("release/fixtures/golden"));
        java.nio.file.Files.writeString(release.resolve("L3.2.json"), "{\"cases\": [{\"name\": \"x\", \"variant\": 1}]}");
        java.nio.file.Files.writeString(release.resolve("L3.1.json"), "{\"cases\": [{\"name\": \"x\"}]}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StudentRelease.requireNoHiddenCase(tmp.resolve("release"),
                java.util.List.of("fixtures/golden/L3.1.json", "fixtures/golden/L3.2.json")))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("fixtures/golden/L3.2.json")
                .hasMessageContaining("hidden case");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StudentRelease.requireNoHiddenCase(tmp.resolve("release"),
                java.util.List.of("fixtures/hidden/L3.2.json"))).hasMessageContaining("would reach students");
        StudentRelease.requireNoHiddenCase(tmp.resolve("release"), java.util.List.of("fixtures/golden/L3.1.json"));
    }
}
