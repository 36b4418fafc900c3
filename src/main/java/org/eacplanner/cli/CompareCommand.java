package org.eacplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eacplanner.checklist.Planner;
import org.eacplanner.compare.Comparer;
import org.eacplanner.compare.Comparison;
import org.eacplanner.export.ComparisonJson;
import org.eacplanner.export.EvaluationJson;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two assessments, both evaluated as of one date with the same rule catalog: findings "
                + "(added, removed, or changed in severity, deadline or accepted state), checklist items (status, "
                + "owner, due date, notes, whether they apply) and inventory answers by JSON path.",
            "Not compared: id, createdAt, updatedAt, lastEvaluation and probe timings.",
            "Exit code: 0 nothing differs; 1 something differs; 2 bad input; 3 I/O failure."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier assessment (*.eacplan.json).")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later assessment (*.eacplan.json).")
    Path newFile;

    @Mixin
    EvaluationOptions options;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CatalogOption.Result catalog = catalogOption.load(err);
        if (catalog.failed()) {
            return catalog.exitCode();
        }
        Planner planner = options.planner(err, catalog.catalog());
        if (planner == null) {
            return ExitCodes.BAD_INPUT;
        }
        AssessmentReader reader = new AssessmentReader();
        int failed = ExitCodes.OK;
        Assessment before = null;
        Assessment after = null;
        try {
            before = reader.loadStrict(oldFile).assessment();
        } catch (AssessmentLoadException e) {
            failed = report(err, e, failed);
        }
        try {
            after = reader.loadStrict(newFile).assessment();
        } catch (AssessmentLoadException e) {
            failed = report(err, e, failed);
        }
        if (failed != ExitCodes.OK) {
            return failed;
        }
        Comparison c = new Comparer(planner).compare(oldFile.toString(), before, newFile.toString(), after,
                options.date());
        if (options.json()) {
            out.print(EvaluationJson.write(ComparisonJson.toJson(c)));
        } else {
            new ComparisonText(out).print(c);
        }
        out.flush();
        return c.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static int report(PrintWriter err, AssessmentLoadException e, int exit) {
        Terminal.loadError(err, e);
        return ExitCodes.worst(exit, e.isIoFailure() ? ExitCodes.IO : ExitCodes.BAD_INPUT);
    }
}
