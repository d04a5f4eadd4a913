package nnlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnlab grade} on a class of 12 submissions, graded for real (two at a time): every student's folder holds
 * what it should, with the score its work earns.
 */
class BatchGradeEndToEndTest {

    static final double FULL = 121;

    @TempDir
    Path tmp;

    /** The course's build as the kit's tests see it: this JVM's class path, the reference as the implementation. */
    static CourseBuild build() {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        Path implementation = classPath.stream().filter(CourseBuild.isModule("nnlab-reference", "reference"))
                .findFirst().orElseThrow(() -> new IllegalStateException("run with -Preference"));
        List<Path> compile = classPath.stream().filter(p -> !p.equals(implementation))
                .filter(p -> !p.endsWith(Path.of("grader", "target", "classes"))
                        && !p.endsWith(Path.of("grader", "target", "test-classes"))).toList();
        return new CourseBuild(BatchFixtures.ROOT.resolve("grader/target/test-classes"), classPath, implementation,
                compile);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aClassOfTwelveIsGradedIntoOneFolderEach() throws Exception {
        Course course = Course.at(BatchFixtures.ROOT);
        Map<String, byte[]> solved = BatchFixtures.solved(course);
        Path cls = tmp.resolve("class");
        String tensors = "nnlab/lab1/Tensors.java";
        String losses = "nnlab/lab3/Losses.java";
        // reference, with a forged test and a services file that are not graded
        Map<String, byte[]> ref = BatchFixtures.checkout(solved);
        ref.put("grader/src/test/java/nnlab/lab3/LossesTest.java", utf8("class Forged {}"));
        ref.put("exercises/src/main/resources/META-INF/services/x.Ext", utf8("evil.Ext"));
        BatchFixtures.writeFolder(cls.resolve("ref"), ref);
        BatchFixtures.writeFolder(cls.resolve("stubs"), BatchFixtures.checkout(BatchFixtures.tree(BatchFixtures.STUBS)));
        BatchFixtures.writeZip(cls.resolve("ref-zip.zip"), "ref-zip/", BatchFixtures.checkout(solved));
        BatchFixtures.writeTar(cls.resolve("stubs-tar.tar"), "stubs-tar/",
                BatchFixtures.checkout(BatchFixtures.tree(BatchFixtures.STUBS)), false);
        Files.createDirectories(cls.resolve("empty"));
        Files.writeString(cls.resolve("broken.zip"), "not a zip");
        Map<String, String[]> mistakes = new TreeMap<>(Map.of(
                "exp-wrong", new String[] {tensors, "exp", "return a.log();"},
                "view-wrong", new String[] {tensors, "view", "return a;"},
                "exits", new String[] {tensors, "exp", "System.exit(3);"},
                "mse-wrong", new String[] {losses, "meanSquaredError", "return predictions.sub(targets).abs().mean();"}));
        for (Map.Entry<String, String[]> m : mistakes.entrySet()) {
            Map<String, byte[]> files = new TreeMap<>(solved);
            files.put(m.getValue()[0], BatchFixtures.sabotaged(m.getValue()[0], m.getValue()[1], m.getValue()[2]));
            BatchFixtures.writeFolder(cls.resolve(m.getKey()), BatchFixtures.checkout(files));
        }
        Map<String, byte[]> syntax = new TreeMap<>(solved);
        syntax.put(losses, utf8(new String(solved.get(losses), StandardCharsets.UTF_8).replaceFirst(";", "")));
        BatchFixtures.writeTar(cls.resolve("no-compile.tar.gz"), "", BatchFixtures.checkout(syntax), true);
        Map<String, byte[]> link = new TreeMap<>(solved);
        link.remove(losses);
        Path linked = BatchFixtures.writeFolder(cls.resolve("linked"), BatchFixtures.checkout(link));
        Files.createSymbolicLink(linked.resolve(Course.SOURCES + losses), BatchFixtures.REFERENCE.resolve(losses));
        Path roster = Files.writeString(tmp.resolve("roster.csv"), "id,name,email\nS-REF,REF,ref@x.org\n"
                + "S-GONE,gone,gone@x.org\n");

        Path out = tmp.resolve("out");
        BatchSettings settings = new BatchSettings(out, course, build(), IntakeLimits.DEFAULT, "after_published",
                AllureReports.find(BatchFixtures.ROOT), 768);
        List<SubmissionSource> sources = SubmissionDiscovery.discover(List.of(cls));
        assertThat(sources).hasSize(12);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BatchGrader.Summary summary = new BatchGrader(settings, new PrintStream(log, true, StandardCharsets.UTF_8))
                .grade(sources, Optional.of(Roster.read(roster)), Shard.ALL, 2);
        ClassOutputs.write(out, Optional.of(roster));
        assertThat(summary.graderFailed()).as(log.toString(StandardCharsets.UTF_8)).isFalse();
        assertThat(summary.graded()).hasSize(13);

        Map<String, Double> expected = new TreeMap<>();
        expected.put("ref", FULL);
        expected.put("ref-zip", FULL);
        expected.put("stubs", 0.0);
        expected.put("stubs-tar", 0.0);
        expected.put("empty", 0.0);
        expected.put("exp-wrong", FULL - 1);      // L1.8
        expected.put("view-wrong", FULL - 1);     // L1.5
        expected.put("exits", FULL - 1);          // L1.8 crashed
        expected.put("mse-wrong", FULL - 1);      // L3.5
        expected.put("no-compile", FULL - 11);    // lab 3 does not compile: L3.1-L3.6
        expected.put("linked", FULL - 11);        // Losses.java a link: graded as its stub
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Path dir = out.resolve(e.getKey());
            JsonNode results = json.readTree(dir.resolve("results.json").toFile());
            assertThat(results.path("score").asDouble()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(results.path("extra_data").path("max_score").asDouble()).isEqualTo(FULL);
            assertThat(dir.resolve("junit")).isDirectoryContaining("glob:**TEST-*.xml");
            assertThat(dir.resolve("allure-results")).isNotEmptyDirectory();
            if (settings.allure().isPresent()) {
                assertThat(dir.resolve("allure-report/index.html")).isNotEmptyFile();
            }
            assertThat(dir.resolve("submission.json")).exists();
        }
        JsonNode ref1 = json.readTree(out.resolve("ref/submission.json").toFile());
        assertThat(ref1.path("id").asText()).isEqualTo("S-REF");
        assertThat(ref1.path("email").asText()).isEqualTo("ref@x.org");
        assertThat(ref1.path("status").asText()).isEqualTo("graded");
        assertThat(ref1.path("not_graded").toString()).contains("LossesTest.java").contains("x.Ext");
        assertThat(ref1.path("student_files")).hasSize(course.studentFiles().size());
        assertThat(json.readTree(out.resolve("empty/submission.json").toFile()).path("status").asText())
                .isEqualTo("empty");
        JsonNode broken = json.readTree(out.resolve("broken/submission.json").toFile());
        assertThat(broken.path("status").asText()).isEqualTo("broken");
        assertThat(broken.path("reason").asText()).startsWith("the zip archive cannot be read");
        assertThat(out.resolve("broken/results.json")).doesNotExist();
        JsonNode gone = json.readTree(out.resolve("gone/submission.json").toFile());
        assertThat(gone.path("status").asText()).isEqualTo("missing");
        assertThat(gone.path("id").asText()).isEqualTo("S-GONE");
        assertThat(json.readTree(out.resolve("stubs/submission.json").toFile()).path("notes").toString())
                .contains("not on the roster");
        JsonNode exits = json.readTree(out.resolve("exits/results.json").toFile());
        assertThat(exits.toString()).contains("crashed");
        assertThat(out.resolve("gradebook.csv")).exists();

        // The class outputs hold the same numbers: every student's row, and the class's statistics.
        Map<String, String[]> gradebook = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("gradebook.csv")).subList(1, 14)) {
            String[] cells = line.split(",", -1);
            gradebook.put(cells[0], cells);
        }
        expected.forEach((student, score) -> assertThat(gradebook.get(student)[3]).as(student)
                .isEqualTo(Csv.points(score)));
        assertThat(gradebook.get("broken")[2]).isEqualTo("broken");
        assertThat(gradebook.get("broken")[3]).isEmpty();
        assertThat(gradebook.get("gone")[2]).isEqualTo("missing");
        double mean = expected.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        String csv = Files.readString(out.resolve("class-report.csv"));
        assertThat(csv).contains("class,students,13,", "score,mean,," + expected.size() + "," + Csv.points(mean) + ",")
                .contains("score,max,," + expected.size() + ",121,").contains("score,min,," + expected.size() + ",0,")
                .contains("pass rate public,L3.5,5," + expected.size() + ",")
                .contains("pass rate hidden,L3.5,5," + expected.size() + ",")
                .contains("category,crashed,1," + expected.size() + ",,L1.8,");
        assertThat(Files.readString(out.resolve("class-report.html"))).contains("data-stat=\"mean\">"
                + Csv.points(mean) + "<");
    }
}
