package nnlab.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nnlab}: the instructor's command line. Each subcommand says what it does with {@code --help}. */
@Command(name = "nnlab", mixinStandardHelpOptions = true, version = "nnlab 1.0",
        description = "Instructor tools of the nnlab course grader.",
        subcommands = {RunGradedCommand.class, ReleaseCommand.class, ReportCommand.class, CheckStubsCommand.class,
            GradebookCommand.class})
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
        return new CommandLine(new NnlabCommand()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: run-graded, release, report, check-stubs or gradebook");
    }
}
