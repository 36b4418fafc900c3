package org.eacplanner.cli;

import org.eacplanner.common.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "eac-planner",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = {
            "Plans the move from Salesforce Lightning Sync to Einstein Activity Capture.",
            "Without arguments, the same program opens the desktop app."},
        subcommands = {EvaluateCommand.class, ExportCommand.class, ValidateCommand.class, CompareCommand.class,
            CatalogCommand.class, ProbeCommand.class, ImportCommand.class, HelpCommand.class},
        footer = {"", "Exit codes: 0 done, no blockers; 1 done, blockers found (compare: differences found; "
                + "probe: a probe failed); 2 bad input; 3 I/O or network failure, or an unexpected error."})
final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo info = BuildInfo.get();
            return new String[] {"eac-planner " + info.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
