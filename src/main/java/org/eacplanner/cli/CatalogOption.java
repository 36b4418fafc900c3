package org.eacplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogFiles;
import org.eacplanner.rules.CatalogProblem;
import org.eacplanner.rules.CatalogRefusedException;
import picocli.CommandLine.Option;

/**
 * {@code --catalog FILE}: a newer rule catalog used instead of the shipped one for the whole run (a picocli
 * mixin of {@code evaluate}, {@code export}, {@code compare} and {@code catalog}).
 */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "A rule catalog file to use instead of the shipped catalog (refused when invalid or older).")
    Path file;

    /** The catalog and, when it could not be loaded, the exit code the command returns. */
    record Result(Catalog catalog, int exitCode) {
        boolean failed() {
            return catalog == null;
        }
    }

    /** The catalog of this run: the file's, or the shipped one; a refusal is printed on {@code err}. */
    Result load(PrintWriter err) {
        if (file == null) {
            return new Result(Catalog.shipped(), ExitCodes.OK);
        }
        try {
            return new Result(CatalogFiles.load(file), ExitCodes.OK);
        } catch (CatalogRefusedException e) {
            Terminal.println(err, "error: catalog " + file + " refused:");
            for (CatalogProblem p : e.problems()) {
                Terminal.println(err, "  " + p.path() + ": " + p.message());
            }
            return new Result(null, ExitCodes.BAD_INPUT);
        } catch (IOException e) {
            Terminal.println(err, "error: cannot read catalog " + file + ": " + e.getMessage());
            return new Result(null, ExitCodes.IO);
        }
    }
}
