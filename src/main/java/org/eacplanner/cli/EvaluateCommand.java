package org.eacplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.export.EvaluationJson;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates assessments: findings (blockers, warnings, open questions, information) and the "
                + "ordered migration checklist, as of a date.",
            "Exit code: 0 no unaccepted blockers; 1 blockers found; 2 bad input (also a folder without assessment "
                + "files); 3 I/O failure (the worst over all files)."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment files (*.eacplan.json) or folders of them.")
    List<Path> files;

    @Mixin
    EvaluationOptions options;

    @Mixin
    CatalogOption catalogOption;

    @Override
    public Integer call() throws Exception {
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
        LocalDate date = options.date();
        Inputs.Expansion inputs = Inputs.expand(files);
        boolean batch = Inputs.isBatch(files);
        AssessmentReader reader = new AssessmentReader();
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        TextReport text = new TextReport(out, planner.texts());
        int exit = inputs.reportEmpty(err, ExitCodes.OK);
        if (options.json() && batch) {
            inputs.emptyFolders().forEach(folder -> results.add(
                    EvaluationJson.error(folder.toString(), ExitCodes.BAD_INPUT, Inputs.noFiles(folder))));
        }
        for (Path file : inputs.files()) {
            try {
                var loaded = reader.loadStrict(file);
                Plan plan = planner.evaluate(loaded.assessment(), date);
                exit = ExitCodes.worst(exit, plan.openBlockers() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK);
                if (options.json()) {
                    if (batch) {
                        results.add(EvaluationJson.forFile(file.toString(), plan));
                    } else {
                        out.print(EvaluationJson.write(EvaluationJson.toJson(plan)));
                    }
                } else {
                    text.print(file.toString(), loaded.assessment(), plan);
                }
            } catch (AssessmentLoadException e) {
                int code = e.isIoFailure() ? ExitCodes.IO : ExitCodes.BAD_INPUT;
                exit = ExitCodes.worst(exit, code);
                Terminal.loadError(err, e);
                if (options.json() && batch) {
                    results.add(EvaluationJson.error(file.toString(), code, e.getMessage()));
                }
            }
        }
        if (options.json() && batch) {
            out.print(EvaluationJson.write(results));
        }
        out.flush();
        return exit;
    }
}
