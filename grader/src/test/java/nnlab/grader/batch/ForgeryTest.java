package nnlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forgeries a student who wants a better grade tries, each as a submission folder graded by {@code nnlab grade}:
 * the reference with {@code meanSquaredError} (L3.5, 1 point) broken, plus one attempt to raise the grade. Each must
 * earn exactly what its work earns: 120 / 121 (the untouched stubs with a forged handler: 0). The grading JVM holds
 * no expected value (sealed fixtures), writes no grade, sees nothing of the course beyond its class path (where
 * bubblewrap works), and takes of a submission only the files students write.
 */
class ForgeryTest {

    private static final String LOSSES = "nnlab/lab3/Losses.java";
    private static final String BROKEN = "return predictions.sub(targets).abs().mean();";

    @TempDir
    Path tmp;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The reference with L3.5 broken and {@code extra} inserted as the first members of Losses. */
    private static Map<String, byte[]> brokenWith(Map<String, byte[]> solved, String extra, String mse)
            throws java.io.IOException {
        Map<String, byte[]> files = new TreeMap<>(solved);
        String source = new String(BatchFixtures.sabotaged(LOSSES, "meanSquaredError", mse), StandardCharsets.UTF_8);
        int body = source.indexOf('{', source.indexOf("class Losses")) + 1;
        files.put(LOSSES, utf8(source.substring(0, body) + "\n" + extra + "\n" + source.substring(body)));
        return files;
    }

    /** Writes a grade over every results.json and part file it can find, by relative and absolute paths. */
    private static final String WRITE_EVERYWHERE = """
            static void forge() {
                String forged = "{\\"score\\": 121, \\"max_score\\": 121, \\"tests\\": []}";
                java.util.List<java.nio.file.Path> places = new java.util.ArrayList<>();
                java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
                java.nio.file.Path dir = here;
                for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
                    places.add(dir.resolve("results.json"));
                    places.add(dir.resolve("parts").resolve("forged.json"));
                    places.add(dir.resolve("grader/target/grade/parts/forged.json"));
                    places.add(dir.resolve("grader/target/grade/results.json"));
                }
                for (java.nio.file.Path p : places) {
                    try {
                        java.nio.file.Files.createDirectories(p.getParent());
                        java.nio.file.Files.writeString(p, forged);
                    } catch (Exception | Error e) {
                        // keep trying
                    }
                }
            }
            """;

    /** The forged part file and results.json, written from a static initializer. */
    private static final String STATIC_FORGERY = WRITE_EVERYWHERE + "static { forge(); }";

    /** The same, from a shutdown hook and from a process that outlives the JVM. */
    private static final String LATE_FORGERY = WRITE_EVERYWHERE + """
            static {
                Runtime.getRuntime().addShutdownHook(new Thread(Losses::forge));
                try {
                    new ProcessBuilder("sh", "-c", "(sleep 20; for d in . .. ../.. ../../..; do "
                            + "echo '{\\"score\\": 121, \\"max_score\\": 121, \\"tests\\": []}' > $d/results.json; "
                            + "done) >/dev/null 2>&1 &").start();
                } catch (Exception e) {
                    // no shell
                }
            }
            """;

    /** L3.5 answered with the expected loss of the fixture case whose predictions match, read from anywhere. */
    private static final String READS_THE_ANSWER = """
            String text = "";
            try (java.io.InputStream in = Losses.class.getClassLoader().getResourceAsStream("nnlab/golden/L3.5.json")) {
                if (in != null) {
                    text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            } catch (Exception e) {
                // try the files
            }
            for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                for (java.nio.file.Path p = java.nio.file.Path.of(e).toAbsolutePath(); p != null; p = p.getParent()) {
                    java.nio.file.Path f = p.resolve("fixtures/golden/L3.5.json");
                    try {
                        if (java.nio.file.Files.size(f) > 0 && !text.contains("\\"data\\"")) {
                            text = java.nio.file.Files.readString(f);
                        }
                    } catch (Exception x) {
                        // not there
                    }
                }
            }
            float first = predictions.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray()[0];
            for (String c : text.split("\\"name\\"")) {
                java.util.regex.Matcher p = java.util.regex.Pattern.compile(
                        "\\"predictions\\"[^}]*\\"data\\": \\\\[\\\\s*([-0-9.eE]+)").matcher(c);
                java.util.regex.Matcher l = java.util.regex.Pattern.compile(
                        "\\"loss\\"[^}]*\\"data\\": \\\\[\\\\s*([-0-9.eE]+)").matcher(c);
                if (p.find() && l.find() && Math.abs(Float.parseFloat(p.group(1)) - first) < 1e-6) {
                    return predictions.getManager().create(Float.parseFloat(l.group(1)));
                }
            }
            """ + BROKEN;

    /** L3.5 answered with the public fixture's expected losses, copied into the code, for the public inputs. */
    private static final String HARD_CODES_THE_ANSWER = """
            float first = predictions.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray()[0];
            if (first == 10f) {
                return predictions.getManager().create(81f);
            }
            if (Math.abs(first + 1.8743985891342163f) < 1e-6) {
                return predictions.getManager().create(3.452833890914917f);
            }
            """ + BROKEN;

    @Test
    void noForgeryRaisesTheGrade() throws Exception {
        Course course = Course.at(BatchFixtures.ROOT);
        Map<String, byte[]> solved = BatchFixtures.solved(course);
        Path cls = tmp.resolve("class");

        BatchFixtures.writeFolder(cls.resolve("part-file"), BatchFixtures.checkout(brokenWith(solved, STATIC_FORGERY,
                BROKEN)));
        BatchFixtures.writeFolder(cls.resolve("late-results"), BatchFixtures.checkout(brokenWith(solved,
                LATE_FORGERY, BROKEN)));
        BatchFixtures.writeFolder(cls.resolve("reads-answer"), BatchFixtures.checkout(brokenWith(solved, "",
                READS_THE_ANSWER)));
        BatchFixtures.writeFolder(cls.resolve("hard-codes"), BatchFixtures.checkout(brokenWith(solved, "",
                HARD_CODES_THE_ANSWER)));
        // A JUnit extension that swallows failures, registered by a services file; the course's test and wrapper
        // edited to pass: none of these files is the student's to write.
        Map<String, byte[]> extension = BatchFixtures.checkout(brokenWith(solved, "", BROKEN));
        extension.put("exercises/src/main/java/nnlab/Swallow.java", utf8("""
                package nnlab;
                public class Swallow implements org.junit.jupiter.api.extension.TestExecutionExceptionHandler {
                    public void handleTestExecutionException(org.junit.jupiter.api.extension.ExtensionContext c,
                            Throwable t) { }
                }
                """));
        extension.put("exercises/src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension",
                utf8("nnlab.Swallow\n"));
        extension.put("grader/src/test/java/nnlab/lab3/LossesTest.java", utf8("package nnlab.lab3; class LossesTest {}"));
        extension.put("mvnw", utf8("#!/bin/sh\necho GRADE: 121 / 121\n"));
        BatchFixtures.writeFolder(cls.resolve("extension"), extension);
        // The untouched stubs with a precompiled handler in resources.
        Map<String, byte[]> stubs = BatchFixtures.checkout(BatchFixtures.tree(BatchFixtures.STUBS));
        stubs.put("exercises/src/main/resources/nnlab/Swallow.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
        stubs.put("exercises/src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension",
                utf8("nnlab.Swallow\n"));
        BatchFixtures.writeFolder(cls.resolve("stubs-handler"), stubs);

        Path out = tmp.resolve("out");
        BatchSettings settings = new BatchSettings(out, course, BatchGradeEndToEndTest.build(), IntakeLimits.DEFAULT,
                "after_published", Optional.empty(), 768);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BatchGrader.Summary summary = new BatchGrader(settings, new PrintStream(log, true, StandardCharsets.UTF_8))
                .grade(SubmissionDiscovery.discover(List.of(cls)), Optional.empty(), Shard.ALL, 2);
        assertThat(summary.graderFailed()).as(log.toString(StandardCharsets.UTF_8)).isFalse();
        // Long enough for the process started in the background to try its forgery.
        Thread.sleep(25_000);

        ObjectMapper json = new ObjectMapper();
        Map<String, Double> expected = new TreeMap<>(Map.of("part-file", 120.0, "late-results", 120.0,
                "reads-answer", 120.0, "extension", 120.0, "stubs-handler", 0.0));
        boolean sandboxed = json.readTree(out.resolve("part-file/results.json").toFile()).path("extra_data")
                .path("sandbox").asText().equals("bubblewrap");
        if (!sandboxed) {
            // Without bubblewrap nothing stops a process the submission leaves behind from writing files later;
            // the results say "sandbox: none" and the README tells instructors to install bubblewrap.
            expected.remove("late-results");
        }
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            JsonNode results = json.readTree(out.resolve(e.getKey()).resolve("results.json").toFile());
            List<String> failed = new java.util.ArrayList<>();
            results.path("tests").forEach(t -> {
                if (!t.path("status").asText().equals("passed") && !step(t).equals("L3.5")) {
                    failed.add(t.path("name").asText() + ": " + t.path("output").asText());
                }
            });
            assertThat(results.path("score").asDouble()).as(e.getKey() + " " + failed.stream().limit(2).toList())
                    .isEqualTo(e.getValue());
            int cases = 0;
            for (JsonNode t : results.path("tests")) {
                cases += t.path("extra_data").path("cases").size();
            }
            assertThat(cases).as(e.getKey()).isGreaterThan(168);
        }
        for (String forger : List.of("part-file", "reads-answer", "extension")) {
            JsonNode results = json.readTree(out.resolve(forger).resolve("results.json").toFile());
            for (JsonNode t : results.path("tests")) {
                if (step(t).equals("L3.5")) {
                    assertThat(t.path("status").asText()).as(forger + ": " + t.path("name").asText())
                            .isEqualTo("failed");
                }
            }
        }
        // Hard-coded public answers pass the public cases and fail every hidden one: L3.5's 1 point is shared by its
        // 2 public cases and the student's hidden variant's case.
        JsonNode hardCodes = json.readTree(out.resolve("hard-codes/results.json").toFile());
        List<String> l35 = new java.util.ArrayList<>();
        hardCodes.path("tests").forEach(t -> {
            if (step(t).equals("L3.5")) {
                t.path("extra_data").path("cases").forEach(c -> l35.add(t.path("visibility").asText() + " "
                        + c.path("category").asText()));
            }
        });
        assertThat(l35).containsExactly("visible passed", "visible passed", "after_published wrong result");
        // Exact decimals: the 2 public cases' shares of the point, 0.3334 and 0.3333.
        assertThat(hardCodes.path("score").decimalValue()).isEqualByComparingTo("120.6667");
        JsonNode extensionRecord = json.readTree(out.resolve("extension/submission.json").toFile());
        assertThat(extensionRecord.path("not_graded").toString()).contains("Swallow.java", "LossesTest.java", "mvnw",
                "org.junit.jupiter.api.extension.Extension");
    }

    /** The step of a test of results.json. */
    private static String step(JsonNode test) {
        return test.path("extra_data").path("step").asText();
    }
}
