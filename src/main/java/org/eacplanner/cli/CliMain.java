package org.eacplanner.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the picocli command line and runs it; returns the process exit code. */
public final class CliMain {

    private CliMain() {
    }

    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return ExitCodes.IO;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }
}
