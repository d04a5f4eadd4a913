package nnlab.grader.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nnlab.course.StepId;

/**
 * Reads what {@code nnlab grade} left in its output folder: one folder per student holding {@code submission.json}
 * and, when the submission was graded, {@code results.json} (Gradescope's format). Folders holding neither are not
 * students and are skipped. Every field the class outputs need is checked: a file that does not hold it is a
 * {@link BatchInputException} (one line, exit code 2) naming the file, the field and what was expected. Everything
 * under {@code extra_data} is optional.
 */
final class ClassFolder {

    static final String RESULTS = "results.json";
    static final String SUBMISSION = "submission.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassFolder() {
    }

    /** Every student's record, sorted by student. */
    static List<StudentRecord> read(Path outDir) throws IOException {
        if (!Files.isDirectory(outDir)) {
            throw new BatchInputException(outDir + ": not a folder (expected the --out folder of nnlab grade)");
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(outDir)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<StudentRecord> students = new ArrayList<>();
        for (Path folder : folders) {
            Path submission = folder.resolve(SUBMISSION);
            Path results = folder.resolve(RESULTS);
            if (!Files.isRegularFile(submission) && !Files.isRegularFile(results)) {
                continue;
            }
            students.add(readStudent(folder.getFileName().toString(), submission, results));
        }
        students.sort(java.util.Comparator.comparing(StudentRecord::student));
        return students;
    }

    static StudentRecord readStudent(String folderName, Path submission, Path results) throws IOException {
        Optional<StudentRecord.Grade> grade = Files.isRegularFile(results) ? Optional.of(readGrade(results))
                : Optional.empty();
        if (!Files.isRegularFile(submission)) {
            return new StudentRecord(folderName, folderName, StudentRecord.GRADED, "", List.of(), List.of(), "", "",
                    "", grade);
        }
        JsonNode s = parse(submission);
        String student = optionalText(submission, s, "student").orElse(folderName);
        String id = optionalText(submission, s, "id").orElse(student);
        String status = text(submission, s, "status");
        if (!StudentRecord.STATUSES.contains(status)) {
            throw new BatchInputException(submission + ": field 'status' is \"" + status + "\", expected one of "
                    + String.join(", ", StudentRecord.STATUSES));
        }
        String reason = optionalText(submission, s, "reason").orElse("");
        List<String> notGraded = texts(submission, s, "not_graded", "not_graded");
        List<String> notes = texts(submission, s, "notes", "notes");
        return new StudentRecord(student, id, status, reason, notGraded, notes,
                optionalText(submission, s, "email").orElse(""), optionalText(submission, s, "sis_id").orElse(""),
                optionalText(submission, s, "section").orElse(""), grade);
    }

    static StudentRecord.Grade readGrade(Path file) throws IOException {
        JsonNode root = parse(file);
        JsonNode tests = root.get("tests");
        if (tests == null || !tests.isArray()) {
            throw new BatchInputException(file + ": field 'tests' is " + describe(tests)
                    + ", expected an array of tests"
                    + " (Gradescope's results.json)");
        }
        List<StudentRecord.Case> cases = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode t = tests.get(i);
            String at = "tests[" + i + "]";
            JsonNode stepCases = t != null && t.isObject() ? t.path("extra_data").get("cases") : null;
            if (stepCases == null || stepCases.isNull()) {
                cases.add(readCase(file, t, at)); // one test per case, as the grader wrote before 2026-12
            } else {
                cases.addAll(readStepCases(file, t, at, stepCases));
            }
        }
        double score = root.has("score") ? number(file, root, "score", "score")
                : cases.stream().mapToDouble(StudentRecord.Case::score).sum();
        JsonNode extra = root.path("extra_data");
        double maxScore = root.has("max_score") ? number(file, root, "max_score", "max_score")
                : extra.has("max_score") ? number(file, extra, "max_score", "extra_data.max_score")
                : cases.stream().mapToDouble(StudentRecord.Case::maxScore).sum();
        return new StudentRecord.Grade(score, maxScore, List.copyOf(cases));
    }

    /**
     * The cases of a test that holds one step's public or hidden cases ({@code extra_data.step},
     * {@code extra_data.hidden}, {@code extra_data.cases}), as {@code GradescopeResults} writes them.
     */
    private static List<StudentRecord.Case> readStepCases(Path file, JsonNode t, String at, JsonNode stepCases)
            throws IOException {
        JsonNode extra = t.get("extra_data");
        String step = text(file, extra, "step", at + ".extra_data.step");
        if (!StepId.isStepId(step)) {
            throw new BatchInputException(file + ": field '" + at + ".extra_data.step' is \"" + step
                    + "\", expected a step id such as L3.2");
        }
        if (!stepCases.isArray()) {
            throw new BatchInputException(file + ": field '" + at + ".extra_data.cases' is " + describe(stepCases)
                    + ", expected an array of cases");
        }
        boolean hidden = hidden(file, t, extra, at);
        // What Gradescope reads must be numbers too, though the cases' points are what is counted.
        number(file, t, "score", at + ".score");
        number(file, t, "max_score", at + ".max_score");
        List<StudentRecord.Case> out = new ArrayList<>();
        for (int k = 0; k < stepCases.size(); k++) {
            JsonNode c = stepCases.get(k);
            String cat = at + ".extra_data.cases[" + k + "]";
            if (!c.isObject()) {
                throw new BatchInputException(file + ": field '" + cat + "' is " + describe(c)
                        + ", expected a case object");
            }
            String name = optionalText(file, c, "name", cat + ".name").orElse(step);
            double score = number(file, c, "score", cat + ".score");
            double maxScore = number(file, c, "max_score", cat + ".max_score");
            String category = text(file, c, "category", cat + ".category");
            List<String> mistakes = texts(file, c, "mistakes", cat + ".mistakes");
            List<String> hints = texts(file, c, "hints", cat + ".hints");
            if (hints.isEmpty() && !mistakes.isEmpty()) {
                hints = hints(optionalText(file, c, "output", cat + ".output").orElse(""));
            }
            out.add(new StudentRecord.Case(step, name, score, maxScore, "passed".equals(category), category, hidden,
                    mistakes, hints));
        }
        return out;
    }

    private static boolean hidden(Path file, JsonNode t, JsonNode extra, String at) throws IOException {
        JsonNode h = extra.get("hidden");
        if (h != null && !h.isNull()) {
            if (!h.isBoolean()) {
                throw new BatchInputException(file + ": field '" + at + ".extra_data.hidden' is " + describe(h)
                        + ", expected true or false");
            }
            return h.booleanValue();
        }
        Optional<String> visibility = optionalText(file, t, "visibility", at + ".visibility");
        return visibility.isPresent() && !visibility.get().equals("visible");
    }

    /** The hint sentences of an output, one {@code hint: } line each. */
    private static List<String> hints(String output) {
        return output.lines().map(String::strip).filter(l -> l.startsWith("hint: "))
                .map(l -> l.substring("hint: ".length())).toList();
    }

    private static StudentRecord.Case readCase(Path file, JsonNode t, String at) throws IOException {
        if (t == null || !t.isObject()) {
            throw new BatchInputException(file + ": field '" + at + "' is " + describe(t) + ", expected a test object");
        }
        String step = text(file, t, "number", at + ".number");
        if (!StepId.isStepId(step)) {
            throw new BatchInputException(file + ": field '" + at + ".number' is \"" + step
                    + "\", expected a step id such as L3.2");
        }
        String name = optionalText(file, t, "name", at + ".name").orElse(step);
        double score = number(file, t, "score", at + ".score");
        double maxScore = number(file, t, "max_score", at + ".max_score");
        Optional<String> status = optionalText(file, t, "status", at + ".status");
        if (status.isPresent() && !status.get().equals("passed") && !status.get().equals("failed")) {
            throw new BatchInputException(file + ": field '" + at + ".status' is \"" + status.get()
                    + "\", expected passed or failed");
        }
        boolean passed = status.map("passed"::equals).orElse(score >= maxScore);
        JsonNode extra = t.get("extra_data");
        if (extra != null && !extra.isNull() && !extra.isObject()) {
            throw new BatchInputException(file + ": field '" + at + ".extra_data' is " + describe(extra)
                    + ", expected an object");
        }
        if (extra == null) {
            extra = JSON.createObjectNode();
        }
        String category = optionalText(file, extra, "category", at + ".extra_data.category")
                .orElse(passed ? "passed" : "failed");
        boolean hidden = hidden(file, t, extra, at);
        List<String> mistakes = texts(file, extra, "mistakes", at + ".extra_data.mistakes");
        List<String> hints = texts(file, extra, "hints", at + ".extra_data.hints");
        if (hints.isEmpty() && !mistakes.isEmpty()) {
            // Before extra_data.hints, the sentences were only in the output, one "hint: " line each.
            hints = hints(optionalText(file, t, "output", at + ".output").orElse(""));
        }
        return new StudentRecord.Case(step, name, score, maxScore, passed, category, hidden, mistakes, hints);
    }

    private static JsonNode parse(Path file) throws IOException {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new BatchInputException(file + ": expected a JSON object, found " + describe(node));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BatchInputException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private static String text(Path file, JsonNode node, String field) throws IOException {
        return text(file, node, field, field);
    }

    private static String text(Path file, JsonNode node, String field, String at) throws IOException {
        return optionalText(file, node, field, at).orElseThrow(() -> new BatchInputException(file + ": field '" + at
                + "' is missing, expected a string"));
    }

    private static Optional<String> optionalText(Path file, JsonNode node, String field) throws IOException {
        return optionalText(file, node, field, field);
    }

    private static Optional<String> optionalText(Path file, JsonNode node, String field, String at)
            throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new BatchInputException(file + ": field '" + at + "' is " + describe(v) + ", expected a string");
        }
        return Optional.of(v.textValue());
    }

    private static double number(Path file, JsonNode node, String field, String at) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new BatchInputException(file + ": field '" + at + "' is " + describe(v) + ", expected a number");
        }
        return v.doubleValue();
    }

    private static List<String> texts(Path file, JsonNode node, String field, String at) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new BatchInputException(file + ": field '" + at + "' is " + describe(v)
                    + ", expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new BatchInputException(file + ": field '" + at + "[" + i + "]' is " + describe(v.get(i))
                        + ", expected a string");
            }
            out.add(v.get(i).textValue());
        }
        return List.copyOf(out);
    }

    private static String describe(JsonNode v) {
        if (v == null) {
            return "missing";
        }
        String json = v.toString();
        return (json.length() > 40 ? json.substring(0, 40) + "…" : json) + " (" + v.getNodeType().name()
                .toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
