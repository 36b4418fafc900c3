package org.eacplanner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.exchange.ExchangeImport;
import org.eacplanner.storage.AssessmentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads answers from exports of the admin's own systems.",
        subcommands = ImportCommand.Exchange.class)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    @Command(name = "exchange", mixinStandardHelpOptions = true,
            description = {"Reads Export-Clixml files of the Exchange Management Shell or Exchange Online PowerShell "
                    + "(files, folders of .xml files, or zips of such a folder) and prints the answers they show, each with the file, object "
                    + "and property it was read from. Files it cannot use are listed with the reason.",
                "Exit code: 0 done (also when files were ignored); 2 bad arguments or not one file could be used."})
    static final class Exchange implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files, folders of them, or zips.")
        List<Path> paths;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = spec.commandLine().getOut();
            ExchangeImport.Result r = ExchangeImport.read(paths);
            if (format == OutputFormat.json) {
                out.print(AssessmentJson.writer().writeValueAsString(r) + "\n");
            } else {
                for (ExchangeImport.Source s : r.sources()) {
                    Terminal.println(out, "read " + s.file() + ": " + s.objects() + " " + s.kind());
                }
                for (Proposal p : r.proposals()) {
                    Terminal.println(out, p.path() + " = " + p.value() + "  (" + p.basis() + ")");
                }
                for (ExchangeImport.Ignored i : r.ignored()) {
                    Terminal.println(out, "ignored " + i.file() + ": " + i.reason());
                }
            }
            out.flush();
            return r.sources().isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
        }
    }
}
