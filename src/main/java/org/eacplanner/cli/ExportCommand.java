package org.eacplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eacplanner.export.ExportFiles;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.ExportOptions;
import org.eacplanner.export.Exporter;
import org.eacplanner.export.Logo;
import org.eacplanner.export.Paper;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports assessments as a report a consultant can send (HTML or PDF), the checklist (CSV) or "
                + "the evaluation result (JSON), evaluated as of a date.",
            "Without -o, each export is written next to its input as NAME.plan.EXT (NAME.plan.redacted.EXT with "
                + "--redact). With one input, -o names the output file (or a folder to write it into); with several "
                + "inputs or a folder, -o names a folder, which is created.",
            "Nothing is exported when an output would replace an input, or when two outputs would get the same name "
                + "(also when the names differ only in case): export those files separately.",
            "Exit code: 0 every file exported; 2 bad input (an invalid file or option); 3 I/O failure. "
                + "Exit code 1 is not used: blockers do not stop an export."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment files (*.eacplan.json) or folders of them.")
    List<Path> files;

    @Option(names = "--format", required = true, paramLabel = "html|pdf|csv|json",
            description = "What to write: ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class,
            completionCandidates = FormatCandidates.class)
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (one input) or folder.")
    Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Evaluation date (default: today).")
    LocalDate asOf;

    @Option(names = "--consultant", paramLabel = "NAME", description = "Consultant's name on the cover.")
    String consultant;

    @Option(names = "--company", paramLabel = "NAME", description = "Consultant's company on the cover.")
    String company;

    @Option(names = "--client", paramLabel = "NAME", description = "Client name to show instead of the file's.")
    String client;

    @Option(names = "--logo", paramLabel = "PNG", description = "Logo for the cover (PNG or JPEG, 2 MB and 4096 x 4096 px at most).")
    Path logo;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "PDF page size: a4 or letter (default: ${DEFAULT-VALUE}).", converter = PaperConverter.class)
    Paper paper;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
            description = "Language of the report: en or de (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--redact", description = "Replace names, e-mail addresses, domains, host names and the org ID "
            + "by placeholders, so the plan can be shared outside the client.")
    boolean redact;

    @picocli.CommandLine.Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            Terminal.println(err, "error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            Terminal.println(err, "error: --logo " + logo + ": cannot read: " + e.getMessage());
            return ExitCodes.IO;
        }
        CatalogOption.Result catalog = catalogOption.load(err);
        if (catalog.failed()) {
            return catalog.exitCode();
        }
        Inputs.Expansion expansion = Inputs.expand(files);
        List<Path> inputs = expansion.files();
        boolean batch = Inputs.isBatch(files);
        if (batch && output != null && Files.exists(output) && !Files.isDirectory(output)) {
            Terminal.println(err, "error: -o " + output + ": with several inputs, -o must be a folder, and this is a file");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> targets = inputs.stream().map(file -> target(file, batch)).toList();
        List<String> clashes = OutputPaths.clashes(inputs, targets);
        if (!clashes.isEmpty()) {
            clashes.forEach(c -> Terminal.println(err, "error: " + c));
            Terminal.println(err, "error: nothing was exported");
            return ExitCodes.BAD_INPUT;
        }
        int exit = expansion.reportEmpty(err, ExitCodes.OK);
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Exporter exporter = new Exporter(catalog.catalog());
        AssessmentReader reader = new AssessmentReader();
        for (int i = 0; i < inputs.size(); i++) {
            Path file = inputs.get(i);
            Path target = targets.get(i);
            try {
                var loaded = reader.loadStrict(file);
                exporter.exportTo(loaded.assessment(), date, format, options, target);
                Terminal.println(out, file + ": wrote " + target);
            } catch (AssessmentLoadException e) {
                exit = ExitCodes.worst(exit, e.isIoFailure() ? ExitCodes.IO : ExitCodes.BAD_INPUT);
                Terminal.loadError(err, e);
            } catch (IOException e) {
                exit = ExitCodes.worst(exit, ExitCodes.IO);
                Terminal.println(err, file + ": cannot write " + target + ": " + e.getMessage());
            }
        }
        out.flush();
        return exit;
    }

    private ExportOptions options() throws IOException {
        Locale locale = Inputs.locale(lang);
        ExportOptions o = ExportOptions.defaults(locale).withConsultant(consultant, company).withClient(client)
                .withPaper(paper).withRedaction(redact);
        if (logo != null) {
            if (!Files.isRegularFile(logo)) {
                throw new IllegalArgumentException("--logo " + logo + ": no such file");
            }
            try {
                o = o.withLogo(Logo.of(Files.readAllBytes(logo)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--logo " + logo + ": " + e.getMessage(), e);
            }
        }
        return o;
    }

    private Path target(Path input, boolean batch) {
        String name = ExportFiles.defaultName(input, format, redact);
        if (output == null) {
            return input.resolveSibling(name);
        }
        if (batch || Files.isDirectory(output)) {
            return output.resolve(name);
        }
        return output;
    }

    /** Reads an enumeration constant from its lower-case name; the message lists the accepted names. */
    abstract static class LowerCaseConverter<E extends Enum<E>> implements picocli.CommandLine.ITypeConverter<E> {
        private final Class<E> type;

        LowerCaseConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of "
                        + String.join(", ", names(type)));
            }
        }

        static List<String> names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        }
    }

    static final class FormatConverter extends LowerCaseConverter<ExportFormat> {
        FormatConverter() {
            super(ExportFormat.class);
        }
    }

    static final class PaperConverter extends LowerCaseConverter<Paper> {
        PaperConverter() {
            super(Paper.class);
        }
    }

    static final class FormatCandidates extends ArrayList<String> {
        FormatCandidates() {
            super(LowerCaseConverter.names(ExportFormat.class));
        }
    }
}
