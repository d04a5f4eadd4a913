package nnlab.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnlab.grader.results.GradeResults;
import nnlab.grader.results.ResultsStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The checks a command makes on the files and folders its command line names, before it reads them: a missing or
 * unreadable input is the user's mistake, so it must read as one line naming the option, the path and what was
 * expected (exit code 2), never as the stack trace of the read that would fail later.
 */
final class Inputs {

    private Inputs() {
    }

    /** A bad input named on the command line; its message already says what was expected. */
    static final class BadInput extends ParameterException {

        private static final long serialVersionUID = 1L;

        BadInput(CommandSpec spec, String message) {
            super(spec.commandLine(), message);
        }
    }

    /** {@code file}, when it is a readable file; else a {@link BadInput} naming {@code option}. */
    static Path readableFile(CommandSpec spec, String option, Path file, String expected) {
        return readable(spec, option, file, Files.isRegularFile(file), "not a file", expected);
    }

    /** {@code folder}, when it is a readable folder; else a {@link BadInput} naming {@code option}. */
    static Path readableFolder(CommandSpec spec, String option, Path folder, String expected) {
        return readable(spec, option, folder, Files.isDirectory(folder), "not a folder", expected);
    }

    private static Path readable(CommandSpec spec, String option, Path path, boolean ofItsKind, String otherKind,
            String expected) {
        String problem = !Files.exists(path) ? "not found"
                : !ofItsKind ? otherKind
                : !Files.isReadable(path) ? "not readable (permission denied)" : null;
        if (problem != null) {
            throw new BadInput(spec, option + " " + path + ": " + problem + " (expected " + expected + ")");
        }
        return path;
    }

    /**
     * The graded results in {@code file}, a results.json this grader wrote; else a {@link BadInput} naming
     * {@code option}, the file and what is wrong with it.
     */
    static GradeResults gradeResults(CommandSpec spec, String option, Path file, String expected) {
        readableFile(spec, option, file, expected);
        try {
            return ResultsStore.readGradeResults(file);
        } catch (IOException e) {
            throw new BadInput(spec, option + " " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
