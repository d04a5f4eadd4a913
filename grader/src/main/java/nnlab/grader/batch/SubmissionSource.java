package nnlab.grader.batch;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One student's submission as given: a folder (a checkout or a plain folder) or an archive of one.
 *
 * @param name the student's folder name under the output folder: the folder's or archive's name without its
 *     extension, {@linkplain #sanitised(String) sanitised} and made unique in the class
 * @param given the name as given (extension stripped, not sanitised): what a roster's {@code name} matches
 * @param path where it is
 * @param kind what it is
 */
public record SubmissionSource(String name, String given, Path path, Kind kind) {

    /** The kinds of submission nnlab reads. */
    public enum Kind { FOLDER, ZIP, TAR, TAR_GZ }

    /** What {@code path} is, if nnlab reads it as a submission (symbolic links are never followed). */
    public static Optional<Kind> kindOf(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(Kind.FOLDER);
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".zip")) {
            return Optional.of(Kind.ZIP);
        }
        if (file.endsWith(".tar.gz") || file.endsWith(".tgz")) {
            return Optional.of(Kind.TAR_GZ);
        }
        if (file.endsWith(".tar")) {
            return Optional.of(Kind.TAR);
        }
        return Optional.empty();
    }

    /** The file or folder name without an archive's extension. */
    public static String baseName(Path path) {
        String file = path.getFileName() == null ? "submission" : path.getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".tar.gz", ".tgz", ".zip", ".tar"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return file.substring(0, file.length() - ext.length());
            }
        }
        return file;
    }

    /**
     * A name that is safe as one folder name on every OS: letters, digits, '.', '_' and '-' kept, every other
     * character '_', no leading dot or dash, at most 80 characters; "submission" when nothing is left.
     */
    public static String sanitised(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_'
                || c == '-') ? (char) c : '_'));
        String text = out.toString().replaceAll("^[.\\-]+", "").replaceAll("[.]+$", "");
        if (text.length() > 80) {
            text = text.substring(0, 80);
        }
        return text.isEmpty() || text.chars().allMatch(c -> c == '_') ? "submission" : text;
    }
}
