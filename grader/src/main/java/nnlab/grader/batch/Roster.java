package nnlab.grader.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The class list: a CSV file with a header. Columns {@code id} (required: what picks the student's hidden variants)
 * and {@code name} or {@code github} (at least one: what a submission's name is matched against, without case);
 * optional {@code email}, {@code sis_id}, {@code section} and {@code repo} (the repository the CI workflow checks
 * out). Other columns are ignored.
 */
public record Roster(List<Student> students) {

    /**
     * One student.
     *
     * @param name the name a submission goes by (the {@code name} column, else {@code github})
     */
    public record Student(String id, String name, String github, String email, String sisId, String section,
            String repo) {

        /** Whether a submission given under {@code given} (or its folder name {@code folder}) is this student's. */
        boolean matches(String given, String folder) {
            for (String candidate : new String[] {given, folder}) {
                if (candidate.equalsIgnoreCase(name) || !github.isEmpty() && candidate.equalsIgnoreCase(github)
                        || candidate.equalsIgnoreCase(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    public Roster {
        students = List.copyOf(students);
    }

    /**
     * Reads a roster.
     *
     * @throws BatchInputException naming the file and the row or column that is wrong
     */
    public static Roster read(Path file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Student> students = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema)
                        .readValues(reader)) {
            int row = 1;
            while (rows.hasNext()) {
                row++;
                Map<String, String> values = lowerKeys(rows.next());
                if (row == 2 && !values.containsKey("id")) {
                    throw new BatchInputException(file + ": no 'id' column in the header");
                }
                String id = values.getOrDefault("id", "").strip();
                String name = values.getOrDefault("name", "").strip();
                String github = values.getOrDefault("github", "").strip();
                if (id.isEmpty()) {
                    throw new BatchInputException(file + ": row " + row + " has no id");
                }
                if (name.isEmpty() && github.isEmpty()) {
                    throw new BatchInputException(file + ": row " + row + " has neither a name nor a github");
                }
                if (!ids.add(id.toLowerCase(Locale.ROOT))) {
                    throw new BatchInputException(file + ": row " + row + ": id '" + id + "' is on the roster twice");
                }
                students.add(new Student(id, name.isEmpty() ? github : name, github,
                        values.getOrDefault("email", "").strip(), values.getOrDefault("sis_id", "").strip(),
                        values.getOrDefault("section", "").strip(), values.getOrDefault("repo", "").strip()));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BatchInputException b) {
                throw b;
            }
            throw new BatchInputException(file + ": cannot be read as a CSV roster ("
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + ")");
        }
        return new Roster(students);
    }

    private static Map<String, String> lowerKeys(Map<String, String> row) {
        Map<String, String> out = new java.util.HashMap<>();
        row.forEach((k, v) -> out.put(k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v));
        return out;
    }

    /** The roster's student who handed in {@code source}, if any. */
    public Optional<Student> find(SubmissionSource source) {
        return students.stream().filter(s -> s.matches(source.given(), source.name())).findFirst();
    }
}
