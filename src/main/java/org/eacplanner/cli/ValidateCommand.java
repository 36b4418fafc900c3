package org.eacplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.LoadProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks assessment files against the format (size, JSON, format marker, version, schema, "
                + "semantic checks) without changing them.",
            "Prints one line per problem (file, JSON path or line and column, what is wrong).",
            "Exit code: 0 all valid; 2 a problem found (or a folder without assessment files); 3 a file could not "
                + "be read."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment files or folders of them.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AssessmentReader reader = new AssessmentReader();
        Inputs.Expansion inputs = Inputs.expand(files);
        int exit = inputs.reportEmpty(spec.commandLine().getErr(), ExitCodes.OK);
        for (Path file : inputs.files()) {
            try {
                reader.loadStrict(file);
                Terminal.println(out, file + ": valid");
            } catch (AssessmentLoadException e) {
                exit = ExitCodes.worst(exit, e.isIoFailure() ? ExitCodes.IO : ExitCodes.BAD_INPUT);
                for (LoadProblem p : e.problems()) {
                    Terminal.println(out, file + ": " + p.where() + ": " + p.message());
                }
            }
        }
        out.flush();
        return exit;
    }
}
