package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eac-planner export}: output names and places, options, batch, exit codes and messages. */
class ExportCommandTest {

    private final CliTestSupport cli = new CliTestSupport();

    @TempDir
    Path tmp;

    private Path copy(String scenario) throws IOException {
        Path target = tmp.resolve(scenario + ".eacplan.json");
        Files.copy(Scenarios.folder().resolve(scenario + ".eacplan.json"), target);
        return target;
    }

    @Test
    void writesNextToTheInputByDefaultAndSaysWhere() throws IOException {
        Path in = copy("onprem-ntlm-2016");
        assertThat(cli.run("export", in.toString(), "--format", "csv", "--as-of", "2026-11-24")).isEqualTo(ExitCodes.OK);
        Path out = tmp.resolve("onprem-ntlm-2016.plan.csv");
        assertThat(out).exists();
        assertThat(cli.out()).contains(in + ": wrote " + out);
        assertThat(Files.readString(out)).startsWith("phase,order,side,suggestedBy,id,title,status,owner,due,notes\r\n");

        assertThat(cli.run("export", in.toString(), "--format", "html", "--redact", "--as-of", "2026-11-24"))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(tmp.resolve("onprem-ntlm-2016.plan.redacted.html"))).contains("Redacted copy")
                .doesNotContain("Baltic Freight");
    }

    @Test
    void oneInputWithAnOutputFileAndEveryOption() throws IOException {
        Path in = copy("exo-service-account");
        Path logo = tmp.resolve("logo.png");
        Files.write(logo, org.eacplanner.export.LogoTestImages.png());
        Path out = tmp.resolve("reports/acme.pdf");
        int code = cli.run("export", in.toString(), "--format", "pdf", "-o", out.toString(), "--as-of", "2026-11-24",
                "--consultant", "Jordan Lee", "--company", "Northwind Consulting", "--client", "Acme Robotics GmbH",
                "--logo", logo.toString(), "--paper", "letter", "--lang", "de");
        assertThat(code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aFolderOrSeveralFilesExportEachIntoTheOutputFolder() throws IOException {
        copy("onprem-ntlm-2016");
        copy("gov-cloud-gcc-high");
        Path outDir = tmp.resolve("out");
        assertThat(cli.run("export", tmp.toString(), "--format", "json", "-o", outDir.toString(), "--as-of", "2026-11-24"))
                .isEqualTo(ExitCodes.OK);
        assertThat(outDir.resolve("gov-cloud-gcc-high.plan.json")).exists();
        assertThat(outDir.resolve("onprem-ntlm-2016.plan.json")).exists();
        assertThat(cli.out().lines()).hasSize(2);
    }

    @Test
    void badInputIsExit2WithAMessageAndTheOtherFilesStillExport() throws IOException {
        Path good = copy("onprem-ntlm-2016");
        Path bad = tmp.resolve("bad.eacplan.json");
        Files.writeString(bad, "{\"format\": \"something else\"}");
        assertThat(cli.run("export", bad.toString(), good.toString(), "--format", "csv", "-o", tmp.resolve("o").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("bad.eacplan.json");
        assertThat(tmp.resolve("o/onprem-ntlm-2016.plan.csv")).exists();
        assertThat(tmp.resolve("o/bad.plan.csv")).doesNotExist();
    }

    @Test
    void badOptionsAreExit2() throws IOException {
        Path in = copy("onprem-ntlm-2016");
        assertThat(cli.run("export", in.toString(), "--format", "docx")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("'docx' is not one of html, pdf, csv, json");
        assertThat(cli.run("export", in.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--format");
        assertThat(cli.run("export", in.toString(), "--format", "pdf", "--lang", "fr")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--lang fr");
        assertThat(cli.run("export", in.toString(), "--format", "pdf", "--paper", "a3")).isEqualTo(ExitCodes.BAD_INPUT);
        Path notPng = tmp.resolve("logo.svg");
        Files.writeString(notPng, "<svg/>");
        assertThat(cli.run("export", in.toString(), "--format", "pdf", "--logo", notPng.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--logo " + notPng + ": the logo is not a PNG or JPEG image");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(cli.run("export", tmp.toString(), "--format", "csv", "-o", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("-o must be a folder");
    }

    @Test
    void aMissingInputOrAnUnwritableTargetIsExit3() throws IOException {
        assertThat(cli.run("export", tmp.resolve("missing.eacplan.json").toString(), "--format", "csv"))
                .isEqualTo(ExitCodes.IO);
        Path in = copy("onprem-ntlm-2016");
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file where a folder should be");
        assertThat(cli.run("export", in.toString(), "--format", "csv", "-o", blocker.resolve("x.csv").toString()))
                .isEqualTo(ExitCodes.IO);
        assertThat(cli.err()).contains("cannot write");
    }

    private Path copyTo(String folder, String name) throws IOException {
        Path target = Files.createDirectories(tmp.resolve(folder)).resolve(name);
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), target);
        return target;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outputsWithTheSameNameRefuseTheWholeBatchBeforeWritingAnything() throws IOException {
        Path x = copyTo("x", "acme.eacplan.json");
        Path y = copyTo("y", "acme.eacplan.json");
        Path z = copyTo("z", "other.eacplan.json");
        Path out = tmp.resolve("out");

        int exit = cli.run("export", "--format", "html", z.toString(), x.toString(), y.toString(), "-o", out.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("error: " + x + " and " + y + " would both be exported to "
                + out.resolve("acme.plan.html"), "nothing was exported");
        assertThat(namesIn(out)).isEmpty();
        assertThat(cli.out()).isEmpty();

        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "unrelated");
        assertThat(cli.run("export", "--format", "csv", x.toString(), y.toString(), "-o", out.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(namesIn(out)).containsExactly("keep.txt");
    }

    @Test
    void namesThatDifferOnlyInCaseCollideToo() throws IOException {
        Path upper = copyTo("x", "Acme.eacplan.json");
        Path lower = copyTo("y", "acme.eacplan.json");
        Path out = tmp.resolve("out");

        assertThat(cli.run("export", "--format", "json", upper.toString(), lower.toString(), "-o", out.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains(upper + " and " + lower + " would both be exported to "
                + out.resolve("Acme.plan.json") + " (as " + out.resolve("acme.plan.json") + ")");
        assertThat(namesIn(out)).isEmpty();
        assertThat(cli.run("export", "--format", "json", upper.toString(), upper.toString(), "-o", out.toString()))
                .as("the same input twice").isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anOutputThatIsAnInputIsRefusedByAnySpellingOrLink() throws IOException {
        Path in = copyTo("clients", "a.eacplan.json");
        byte[] before = Files.readAllBytes(in);
        Path link = Files.createSymbolicLink(tmp.resolve("link.eacplan.json"), in);
        Path hard = Files.createLink(tmp.resolve("hard.eacplan.json"), in);
        Path otherSpelling = tmp.resolve("clients/../clients/./a.eacplan.json");
        List<String> outputs = List.of(in.toString(), otherSpelling.toString(), link.toString(), hard.toString(),
                in.resolveSibling("A.EACPLAN.JSON").toString());

        for (String output : outputs) {
            int exit = cli.run("export", in.toString(), "--format", "json", "-o", output);
            assertThat(exit).as(output).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(cli.err()).as(output).contains("is the input " + in, "an export never replaces an assessment");
            assertThat(Files.readAllBytes(in)).as(output).isEqualTo(before);
            assertThat(Files.isSymbolicLink(link)).isTrue();
        }
        assertThat(namesIn(in.getParent())).containsExactly("a.eacplan.json");
    }

    @Test
    void anOutputThatIsAnotherInputOfTheBatchIsRefused() throws IOException {
        Path a = copyTo("in", "a.eacplan.json");
        Path plan = copyTo("in", "a.plan.json");
        byte[] before = Files.readAllBytes(plan);

        assertThat(cli.run("export", "--format", "json", a.toString(), plan.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(cli.err()).contains("the output " + plan + " of " + a + " is the input " + plan);
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
        assertThat(namesIn(a.getParent())).containsExactly("a.eacplan.json", "a.plan.json");
    }

    @Test
    void aFolderWithoutAssessmentFilesIsExit2AndTheOthersStillExport() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path in = copyTo("in", "a.eacplan.json");
        assertThat(cli.run("export", "--format", "csv", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("error: no assessment files in " + empty);
        assertThat(cli.run("export", "--format", "csv", empty.toString(), in.toString(), "-o", tmp.resolve("o").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(namesIn(tmp.resolve("o"))).containsExactly("a.plan.csv");
    }

    @Test
    void fileNamesInMessagesAreEscaped() throws IOException {
        Path in = copyTo("in", "a\nb\u001b[0m.eacplan.json");
        assertThat(cli.run("export", "--format", "csv", in.toString())).isZero();
        assertThat(cli.out()).doesNotContain("\u001b").contains("a\\nb\\u001b[0m.eacplan.json: wrote ");
        assertThat(cli.out().lines()).hasSize(1);
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        assertThat(cli.run("export", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("--format", "--redact", "--paper", "--logo", "--consultant", "--company", "--client",
                "--lang", "--as-of", "-o, --output", "Exit code 1 is not used");
        assertThat(cli.run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("export");
    }
}
