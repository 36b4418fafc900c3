package org.eacplanner.cli;

import java.io.InputStream;
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
        return run(System.in, out, err, args);
    }

    /** With {@code in} as standard input (the secrets of {@code probe --password-stdin}). */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine(in);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine newCommandLine() {
        return newCommandLine(System.in);
    }

    static CommandLine newCommandLine(InputStream in) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new RootCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ProbeCommand.class ? type.cast(new ProbeCommand(in)) : defaults.create(type);
            }
        });
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
