package org.eacplanner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eacplanner.checklist.Planner;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.exchange.ExchangeImport;
import org.eacplanner.exchange.ImportProposals;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.AssessmentWriter;
import org.eacplanner.storage.AtomicFileWriter;
import org.eacplanner.storage.SaveException;
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
                    + "(files, folders of .xml files, or zips of such a folder) and prints the answers they show, each "
                    + "with the file, object and property it was read from. Files it cannot use are listed with the "
                    + "reason.",
                "With --into, every proposed answer that differs from the file's is written into it (whole or not at "
                    + "all, the previous version kept as FILE.bak, and only if the file is unchanged since it was "
                    + "read), with a record of the import (files by name, answers applied, files not used); no other "
                    + "answer changes.",
                "Exit code: 0 done (also when files were ignored); 2 bad arguments, a bad FILE, or not one export "
                    + "could be used; 3 FILE could not be read or written."})
    static final class Exchange implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files, folders of them, or zips.")
        List<Path> paths;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
                description = "Language of the reasons given for each answer: en or de (default: ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = "--into", paramLabel = "FILE",
                description = "An assessment to apply the proposed answers to.")
        Path into;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Locale locale;
            try {
                locale = Inputs.locale(lang);
            } catch (IllegalArgumentException e) {
                Terminal.println(err, "error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Assessment assessment = null;
            AtomicFileWriter.Snapshot read = null;
            if (into != null) {
                try {
                    if (!Files.isRegularFile(into)) {
                        Terminal.println(err, "error: --into " + into + ": no such file");
                        return ExitCodes.BAD_INPUT;
                    }
                    read = AssessmentFiles.snapshot(into);
                    assessment = new AssessmentReader().loadStrict(into).assessment();
                } catch (AssessmentLoadException e) {
                    Terminal.loadError(err, e);
                    return e.isIoFailure() ? ExitCodes.IO : ExitCodes.BAD_INPUT;
                } catch (IOException | SecurityException e) {
                    Terminal.println(err, "error: --into " + into + ": cannot be read: " + e.getMessage());
                    return ExitCodes.IO;
                }
            }
            ExchangeImport.Result r = ExchangeImport.read(paths, assessment == null ? null : assessment.approvedRoots(),
                    locale);
            print(out, r);
            if (r.sources().isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            if (assessment != null) {
                return apply(err, assessment, read, r);
            }
            return ExitCodes.OK;
        }

        private Integer apply(PrintWriter err, Assessment assessment, AtomicFileWriter.Snapshot read,
                ExchangeImport.Result result) {
            ImportProposals.Applied applied = ImportProposals.apply(assessment, result.proposals());
            for (ImportProposals.Skipped s : applied.skipped()) {
                Terminal.println(err, "not applied " + s.proposal().path() + ": " + s.reason());
            }
            if (applied.changed().isEmpty()) {
                Terminal.println(err, into + " already has every answer: nothing was written");
                return ExitCodes.OK;
            }
            Assessment updated = ImportProposals.withRecord(applied.assessment(),
                    ImportProposals.record(result, applied.changed(), Instant.now()));
            updated = updated.stamped(Instant.now(), Planner.forLocale(Locale.ENGLISH).evaluate(updated,
                    LocalDate.now()).snapshot()); // the snapshot saves rule IDs and severities, no words
            try {
                AssessmentFiles.writeIfUnchanged(read, new AssessmentWriter().toBytes(updated));
            } catch (SaveException e) {
                Terminal.println(err, e.getMessage() + " Nothing was applied.");
                return ExitCodes.IO;
            }
            Terminal.println(err, "applied " + applied.changed().size() + " answer(s) to " + into + " ("
                    + String.join(", ", applied.changed().stream().map(Proposal::path).toList()) + ")");
            return ExitCodes.OK;
        }

        private void print(PrintWriter out, ExchangeImport.Result r) throws JsonProcessingException {
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
        }
    }
}
