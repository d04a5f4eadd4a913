package nnlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the command line's SUBMISSION arguments into one {@link SubmissionSource} per student. An archive is one
 * submission. A folder is one submission when it looks like one (it holds {@code exercises/}, {@code pom.xml},
 * {@code mvnw} or {@code .git}, or holds no folder or archive at all); otherwise it is a class, and each folder or
 * archive in it is one student's submission (its other files are ignored). Names are made unique deterministically:
 * in the order of the sources' paths, the first keeps its name and the others get {@code -2}, {@code -3}, ...
 * (compared without case, for file systems that ignore it).
 */
public final class SubmissionDiscovery {

    private static final List<String> SUBMISSION_MARKERS = List.of("exercises", "pom.xml", "mvnw", ".git");

    private SubmissionDiscovery() {
    }

    /**
     * The submissions, sorted by name.
     *
     * @throws BatchInputException for an argument that does not exist or is neither a folder nor an archive
     */
    public static List<SubmissionSource> discover(List<Path> arguments) {
        List<Path> found = new ArrayList<>();
        for (Path argument : arguments) {
            Path path = argument.toAbsolutePath().normalize();
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new BatchInputException(argument + ": no such file or folder");
            }
            var kind = SubmissionSource.kindOf(path);
            if (kind.isEmpty()) {
                throw new BatchInputException(argument + ": not a folder nor a .zip, .tar, .tar.gz or .tgz archive");
            }
            if (kind.get() == SubmissionSource.Kind.FOLDER && isClass(path)) {
                found.addAll(members(path));
            } else {
                found.add(path);
            }
        }
        found.sort(Comparator.comparing(Path::toString));
        List<SubmissionSource> sources = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path path : found.stream().distinct().toList()) {
            String given = SubmissionSource.baseName(path);
            String base = SubmissionSource.sanitised(given);
            String name = base;
            for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + "-" + k;
            }
            sources.add(new SubmissionSource(name, given, path, SubmissionSource.kindOf(path).orElseThrow()));
        }
        sources.sort(Comparator.comparing((SubmissionSource s) -> s.name().toLowerCase(Locale.ROOT))
                .thenComparing(SubmissionSource::name));
        return sources;
    }

    /** Whether a folder is a class of submissions rather than one submission. */
    static boolean isClass(Path folder) {
        for (String marker : SUBMISSION_MARKERS) {
            if (Files.exists(folder.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return !members(folder).isEmpty();
    }

    /** The folders and archives directly in a class folder, hidden ones left out. */
    private static List<Path> members(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> SubmissionSource.kindOf(p).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new BatchInputException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
    }
}
