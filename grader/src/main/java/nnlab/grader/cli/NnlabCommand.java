package nnlab.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nnlab}: the instructor's command line. Each subcommand says what it does with {@code --help}. */
@Command(name = "nnlab", mixinStandardHelpOptions = true, version = "nnlab 1.0",
        description = "Instructor tools of the nnlab course grader.",
        subcommands = {RunGradedCommand.class, ReleaseCommand.class, ReportCommand.class, CheckStubsCommand.class,
            GradebookCommand.class, GradeCommand.class, MergeCommand.class, ClassReportCommand.class})
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
        CommandLine line = new CommandLine(new NnlabCommand());
        CommandLine.IParameterExceptionHandler usual = line.getParameterExceptionHandler();
        // The class commands answer a wrong command line with one line (scripts and CI read it), exit code 2.
        line.setParameterExceptionHandler((e, arguments) -> {
            String command = e.getCommandLine().getCommandName();
            if (!command.equals("grade") && !command.equals("merge")) {
                return usual.handleParseException(e, arguments);
            }
            e.getCommandLine().getErr().println("nnlab " + command + ": " + e.getMessage() + " (see nnlab " + command
                    + " --help)");
            return 2;
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a subcommand: run-graded, grade, merge, class-report, release, report, check-stubs or gradebook");
    }
}
