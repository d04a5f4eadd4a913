package nnlab.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nnlab}: the instructor's command line. Each subcommand says what it does with {@code --help}; the list here
 * shows each one's {@code header}, one whole sentence, so that no description is cut.
 */
@Command(name = "nnlab", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "The nnlab course's command line: grade, release and report.",
        synopsisSubcommandLabel = "COMMAND",
        description = "Run from the course repository (./nnlab COMMAND --help for a command's options).",
        footerHeading = "%nExit codes:%n",
        footer = {"  0: done",
            "  1: a check failed (release check, check-stubs, run-graded --require-full-score)",
            "  2: a wrong command line or a bad input; one line on stderr says which and what was expected",
            "  3: nnlab itself failed (the grader, not the input): please report it"},
        subcommands = {GradeCommand.class, MergeCommand.class, ClassReportCommand.class, GradebookCommand.class,
            RunGradedCommand.class, ReportCommand.class, CheckStubsCommand.class, ReleaseCommand.class})
public final class NnlabCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns its exit code (for tests and for {@code main}). */
    public static int run(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                // Maven's exec plugin passes an unset property as null, which picocli cannot parse.
                System.err.println((i > 0 && args[0] != null ? "nnlab " + args[0] : "nnlab") + ": argument " + (i + 1)
                        + " is missing (with a Maven profile, expected the -D property it names, such as"
                        + " -Dnnlab.submissions=DIR for -Pgradebook)");
                return CommandErrors.USAGE;
            }
        }
        return commandLine().execute(args);
    }

    /** The command line with its error handling, once for every subcommand (see {@link CommandErrors}). */
    static CommandLine commandLine() {
        CommandErrors errors = new CommandErrors();
        CommandLine line = new CommandLine(new NnlabCommand());
        line.setParameterExceptionHandler(errors);
        line.setExecutionExceptionHandler(errors);
        line.setUsageHelpAutoWidth(true);
        WholeWordSections.install(line);
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
