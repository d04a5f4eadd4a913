package nnlab.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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
        String problem = !Files.exists(file) ? "not found"
                : !Files.isRegularFile(file) ? "not a file"
                : !Files.isReadable(file) ? "not readable (permission denied)" : null;
        if (problem != null) {
            throw new BadInput(spec, option + " " + file + ": " + problem + " (expected " + expected + ")");
        }
        return file;
    }

    /** {@code folder}, when it is a readable folder; else a {@link BadInput} naming {@code option}. */
    static Path readableFolder(CommandSpec spec, String option, Path folder, String expected) {
        String problem = !Files.exists(folder) ? "not found"
                : !Files.isDirectory(folder) ? "not a folder"
                : !Files.isReadable(folder) ? "not readable (permission denied)" : null;
        if (problem != null) {
            throw new BadInput(spec, option + " " + folder + ": " + problem + " (expected " + expected + ")");
        }
        return folder;
    }
}
