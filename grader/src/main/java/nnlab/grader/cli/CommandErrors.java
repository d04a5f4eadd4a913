package nnlab.grader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import java.util.stream.Collectors;
import nnlab.grader.batch.BatchInputException;
import nnlab.grader.release.ReleaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every {@code nnlab} command reports a problem, installed once on the root command so that no command has its
 * own way: a wrong command line or a bad input (a file that is missing, unreadable or not what the command reads)
 * is one line on stderr, {@code nnlab COMMAND: what was wrong (what was expected)}, and exit code {@value #USAGE};
 * scripts and CI read that line, and a stack trace would only hide it. Anything else is a fault of nnlab itself: one
 * line, then the stack trace for whoever fixes it, and exit code {@value #INTERNAL} (the code {@code nnlab grade}
 * and {@code run-graded} use when the grader itself failed).
 */
final class CommandErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** A wrong command line or a bad input. */
    static final int USAGE = 2;
    /** nnlab itself failed. */
    static final int INTERNAL = 3;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String message = firstLine(e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()) {
            message += " (expected one of " + line.getCommandSpec().optionsMap().keySet().stream()
                    .filter(o -> o.startsWith("--")).sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof UnmatchedArgumentException && !line.getSubcommands().isEmpty()) {
            message += " (expected a command: " + String.join(", ", line.getSubcommands().keySet()) + ")";
        }
        if (!(e instanceof Inputs.BadInput)) {
            message += " (see " + qualifiedName(line) + " --help)";
        }
        line.getErr().println(prefix(line) + message);
        line.getErr().flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        PrintWriter err = line.getErr();
        Optional<String> userError = userError(e);
        if (userError.isPresent()) {
            err.println(prefix(line) + userError.get());
            err.flush();
            return USAGE;
        }
        err.println(prefix(line) + "nnlab itself failed (not your input; please report it): " + e);
        e.printStackTrace(err);
        err.flush();
        return INTERNAL;
    }

    /** The one line for an exception that is the user's input at fault, empty for any other. */
    static Optional<String> userError(Throwable e) {
        if (e instanceof ReleaseException) {
            // A refused publish lists its findings (a file and line each): the list is what the instructor acts on.
            return Optional.of(e.getMessage() == null ? "" : e.getMessage().strip());
        }
        if (e instanceof BatchInputException) {
            return Optional.of(firstLine(e.getMessage()));
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return userError(e.getCause());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String what = fs instanceof NoSuchFileException ? "not found"
                    : fs instanceof AccessDeniedException ? "permission denied"
                    : fs instanceof NotDirectoryException ? "not a folder"
                    : fs instanceof FileAlreadyExistsException ? "already exists (expected a folder there, or nothing)"
                    : null;
            if (what != null) {
                return Optional.of(fs.getFile() + ": " + what);
            }
        }
        if (e instanceof IOException && e.getCause() != null) {
            return userError(e.getCause());
        }
        return Optional.empty();
    }

    private static String prefix(CommandLine line) {
        return qualifiedName(line) + ": ";
    }

    private static String qualifiedName(CommandLine line) {
        return line.getParent() == null ? line.getCommandName()
                : line.getParent().getCommandName() + " " + line.getCommandName();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
