package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/catalog.md} is what {@code catalog --format markdown} writes from the shipped catalog today. */
class CatalogPageTest {

    private final CliTestSupport cli = new CliTestSupport();

    @Test
    void theCommittedCatalogPageIsUpToDate() throws Exception {
        assertThat(cli.run("catalog", "--format", "markdown")).isZero();
        String page = cli.out();
        assertThat(page).startsWith("# Rule catalog 2026.12\n")
                .contains("### CERT-EXPIRING: ", "- Deadline: the certificate's expiry date · from this assessment",
                        "- Deadline: April 2027 · vendor documentation",
                        "- Deadline: Exchange Server 2010: October 13, 2020, Exchange Server 2013: April 11, 2023",
                        "| 4 Microsoft Graph | `CL-GRAPH-PLAN` |")
                .doesNotContain("days left", "2027-04-01");
        Path committed = Path.of("docs", "catalog.md");
        assertThat(Files.readString(committed))
                .as("docs/catalog.md is stale: run `target/dist/bin/eac-planner catalog --format markdown > docs/catalog.md`")
                .isEqualTo(page);
    }
}
