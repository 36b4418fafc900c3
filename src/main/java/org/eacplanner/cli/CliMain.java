package org.eacplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Builds the picocli command line and runs it; returns the process exit code. */
public final class CliMain {

    private CliMain() {
    }

    public static int run(String... args) {
        return execute(newCommandLine(), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** With {@code in} as standard input (the secrets of {@code probe --password-stdin}). */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine(in);
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /**
     * Runs {@code cl}; whatever escapes it (an {@link OutOfMemoryError}, which picocli does not catch, or any other
     * error) ends as exit code 3 with one line on stderr, never as the JVM's exit code 1, which means "blockers".
     */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            cl.getErr().println(Terminal.unexpected(t));
            cl.getErr().flush();
            return ExitCodes.IO;
        }
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
            boolean io = ex instanceof IOException || ex instanceof UncheckedIOException;
            commandLine.getErr().println(io && ex.getMessage() != null ? Terminal.safe("error: " + ex.getMessage())
                    : Terminal.unexpected(ex instanceof CommandLine.ExecutionException && ex.getCause() != null
                            ? ex.getCause() : ex));
            return ExitCodes.IO;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(Terminal.safe("error: " + ex.getMessage()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }
}
