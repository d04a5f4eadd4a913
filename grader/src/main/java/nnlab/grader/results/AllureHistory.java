package nnlab.grader.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Allure's own way of keeping history: before a report is generated, the previous report's {@code history/} files go
 * into the results folder, so the new report continues the trend of a student's runs (and each test's history)
 * instead of showing earlier runs as retries. A one-file report ({@code --single-file}) has no {@code history/}
 * folder: it embeds each file as {@code d('history/<name>.json','<base64>')} in its {@code index.html}, from where
 * the files are taken back.
 */
public final class AllureHistory {

    private static final Pattern EMBEDDED = Pattern.compile("d\\('history/([A-Za-z0-9_.-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");

    private AllureHistory() {
    }

    /**
     * Copies the history of the report in {@code report} (a folder holding {@code history/} or a one-file
     * {@code index.html}) into {@code results/history/}; does nothing when there is no previous report.
     *
     * @return how many history files were copied
     */
    public static int carryOver(Path report, Path results) throws IOException {
        Map<String, byte[]> files = read(report);
        if (files.isEmpty()) {
            return 0;
        }
        Path history = Files.createDirectories(results.resolve("history"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ResultsStore.writeAtomically(history.resolve(f.getKey()), f.getValue());
        }
        return files.size();
    }

    /** The history files of a report, by name; empty when there is none. */
    static Map<String, byte[]> read(Path report) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Path folder = report.resolve("history");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
            return files;
        }
        Path index = report.resolve("index.html");
        if (Files.isRegularFile(index)) {
            Matcher m = EMBEDDED.matcher(Files.readString(index, StandardCharsets.UTF_8));
            while (m.find()) {
                files.put(m.group(1), Base64.getDecoder().decode(m.group(2)));
            }
        }
        return files;
    }
}
