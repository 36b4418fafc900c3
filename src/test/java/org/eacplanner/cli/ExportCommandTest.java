package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(Files.readString(out)).startsWith("phase,order,id,title,status,owner,due,notes\r\n");

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

    @Test
    void helpListsTheCommandAndItsOptions() {
        assertThat(cli.run("export", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("--format", "--redact", "--paper", "--logo", "--consultant", "--company", "--client",
                "--lang", "--as-of", "-o, --output", "Exit code 1 is not used");
        assertThat(cli.run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("export");
    }
}
