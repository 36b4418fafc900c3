package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final CliTestSupport cli = new CliTestSupport();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static String scenario() throws Exception {
        return Files.readString(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"));
    }

    @Test
    void theScenariosAreValid() {
        assertThat(cli.run("validate", Scenarios.folder().toString())).isZero();
        assertThat(cli.out()).contains("onprem-ntlm-2016.eacplan.json: valid");
    }

    @Test
    void everyProblemIsPrintedWithItsPathAndReasonAndTheFilesAreUnchanged() throws Exception {
        Path badEnum = write("enum.eacplan.json", scenario().replace("\"NTLM\"\n    ]", "\"KERBEROS\"\n    ]"));
        Path badOrgId = write("orgid.eacplan.json", scenario().replace("00D3t000000AbCdEAK", "00D3t000000AbCdEAA"));
        Path badType = write("type.eacplan.json", scenario().replace("\"userCount\": 610", "\"userCount\": \"many\""));
        String truncatedText = scenario().substring(0, 700);
        Path truncated = write("truncated.eacplan.json", truncatedText);
        byte[][] before = {Files.readAllBytes(badEnum), Files.readAllBytes(badOrgId), Files.readAllBytes(badType),
            Files.readAllBytes(truncated)};

        int exit = cli.run("validate", badEnum.toString(), badOrgId.toString(), badType.toString(), truncated.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        String out = cli.out();
        assertThat(out).contains(badEnum + ": $.exchange.authMethods[0]: does not have a value in the enumeration")
                .contains("\"NTLM\"");
        assertThat(out).contains(badOrgId + ": $.org.orgId: the checksum suffix of this 18-character org ID should be EAK, not EAA");
        assertThat(out).contains(badType + ": $.org.userCount: string found, [integer, null] expected");
        assertThat(out).containsPattern(java.util.regex.Pattern.quote(truncated.toString())
                + ": line \\d+, column \\d+: not valid JSON");
        assertThat(Files.readAllBytes(badEnum)).isEqualTo(before[0]);
        assertThat(Files.readAllBytes(badOrgId)).isEqualTo(before[1]);
        assertThat(Files.readAllBytes(badType)).isEqualTo(before[2]);
        assertThat(Files.readAllBytes(truncated)).isEqualTo(before[3]);
    }

    @Test
    void notOursNewerVersionAndSemanticProblems() throws Exception {
        Path notOurs = write("other.eacplan.json", "{\"hello\": 1}");
        Path newer = write("newer.eacplan.json", scenario().replace("\"schemaVersion\": 1", "\"schemaVersion\": 99"));
        Path errors = write("errors.eacplan.json", scenario().replace("\"usersWithErrors\": 0", "\"usersWithErrors\": 541"));
        assertThat(cli.run("validate", notOurs.toString(), newer.toString(), errors.toString())).isEqualTo(2);
        assertThat(cli.out()).contains(notOurs + ": $.format: not an assessment file")
                .contains(newer + ": $.schemaVersion: format version 99; this version reads up to 2")
                .contains(errors + ": $.lightningSync.usersWithErrors: users with errors (541) cannot exceed users "
                        + "syncing (540)");
        assertThat(cli.run("evaluate", newer.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("format version 99; this version reads up to 2");
    }

    @Test
    void aFileNameWithANewlineCannotForgeAValidLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("bad.eacplan.json: valid\nz.eacplan.json"), "{\"hello\": 1}");

        assertThat(cli.run("validate", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(cli.out().lines()).hasSize(1).noneMatch(l -> l.endsWith(": valid"));
        assertThat(cli.out()).contains("bad.eacplan.json: valid\\nz.eacplan.json: $.format: not an assessment file");
    }

    @Test
    void controlCharactersFromTheFileAreEscaped() throws Exception {
        String risk = "{\"ruleId\": \"X\\u001b[31mred\\u202e\\nfake.eacplan.json: valid\"}";
        Path bad = write("risks.eacplan.json", scenario().replace("\"title\":", "\"acceptedRisks\": [" + risk + ", "
                + risk + "], \"title\":"));

        assertThat(cli.run("validate", bad.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\u202e")
                .contains(bad + ": $.acceptedRisks[1].ruleId: rule X\\u001b[31mred\\u202e\\nfake.eacplan.json: valid is "
                        + "already accepted");
        assertThat(cli.out().lines()).hasSize(1);
    }

    @Test
    void aFolderWithoutAssessmentFilesIsBadInput() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not an assessment");

        assertThat(cli.run("validate", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).isEqualTo("error: no assessment files in " + empty
                + " (a folder stands for its *.eacplan.json files)" + System.lineSeparator());
        assertThat(cli.out()).isEmpty();

        Path good = write("good.eacplan.json", scenario());
        assertThat(cli.run("validate", empty.toString(), good.toString())).as("the other files are still checked")
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).isEqualTo(good + ": valid" + System.lineSeparator());
    }
}
