package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eacplanner.rules.RuleTableTest.evaluate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eacplanner.model.CatalogSource;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Deadline status and the one phrase of rules.md "Deadlines: precision and evidence"; loading catalog files. */
class DeadlinePhraseTest {

    private static final Map<String, Object> LS = Map.of("lightningSync.inUse", true);

    static Stream<Arguments> monthEdges() {
        return Stream.of(
                Arguments.of(LocalDate.of(2027, 3, 31), Severity.WARNING, DeadlineStatus.AHEAD,
                        "April 2027 · 1 day left, counted to 1 April 2027 · vendor documentation"),
                Arguments.of(LocalDate.of(2027, 4, 1), Severity.BLOCKER, DeadlineStatus.DUE,
                        "April 2027 · due this month, day not stated · vendor documentation"),
                Arguments.of(LocalDate.of(2027, 4, 30), Severity.BLOCKER, DeadlineStatus.DUE,
                        "April 2027 · due this month, day not stated · vendor documentation"),
                Arguments.of(LocalDate.of(2027, 5, 1), Severity.BLOCKER, DeadlineStatus.PASSED,
                        "since April 2027 · vendor documentation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthEdges")
    void lsRetirementMonthEdges(LocalDate asOf, Severity severity, DeadlineStatus status, String phrase) {
        Finding f = evaluate(LS, "LS-RETIREMENT", asOf).orElseThrow();
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.deadlineStatus()).isEqualTo(status);
        assertThat(f.deadlinePrecision()).isEqualTo(DeadlinePrecision.MONTH);
        assertThat(f.deadlineText()).isEqualTo("April 2027");
        assertThat(f.deadlineEvidence()).isEqualTo(Evidence.VENDOR_DOCUMENTED);
        assertThat(f.deadline()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(f.deadlinePhrase()).isEqualTo(phrase);
    }

    @Test
    void aheadPhraseAsOfTheReviewDay() {
        Finding f = evaluate(LS, "LS-RETIREMENT", LocalDate.of(2026, 12, 3)).orElseThrow();
        assertThat(f.daysLeft()).isEqualTo(119L);
        assertThat(f.deadlinePhrase())
                .isEqualTo("April 2027 · 119 days left, counted to 1 April 2027 · vendor documentation");
    }

    @Test
    void dayDeadlinePhrases() {
        Map<String, Object> a = Map.of("lightningSync.inUse", true, "exchange.deployment", "EXCHANGE_ONLINE");
        assertThat(evaluate(a, "LS-EWS-EXO", LocalDate.of(2026, 9, 30)).orElseThrow().deadlinePhrase())
                .isEqualTo("October 1, 2026 · 1 day left · vendor announcement");
        Finding passed = evaluate(a, "LS-EWS-EXO", LocalDate.of(2026, 10, 1)).orElseThrow();
        assertThat(passed.deadlineStatus()).isEqualTo(DeadlineStatus.PASSED);
        assertThat(passed.deadlinePhrase()).isEqualTo("since October 1, 2026 · vendor announcement");
        assertThat(passed.deadlineText()).isEqualTo("2026-10-01");
    }

    @Test
    void germanPhrase() {
        CatalogTexts de = new CatalogTexts(Locale.GERMAN);
        assertThat(de.deadlinePhrase("LS-EWS-EXO", LocalDate.of(2026, 10, 1), 1, DeadlinePrecision.DAY,
                DeadlineStatus.AHEAD, Evidence.VENDOR_ANNOUNCED)).isEqualTo("1. Oktober 2026 · noch 1 Tag · Herstellerankündigung");
        assertThat(de.deadlinePhrase("LS-RETIREMENT", LocalDate.of(2027, 4, 1), 119, DeadlinePrecision.MONTH,
                DeadlineStatus.AHEAD, Evidence.VENDOR_DOCUMENTED))
                .isEqualTo("April 2027 · noch 119 Tage, gezählt bis 1. April 2027 · Herstellerdokumentation");
    }

    @Test
    void certificatePhrases() {
        CatalogTexts en = new CatalogTexts(Locale.ENGLISH);
        assertThat(en.deadlinePhrase("CERT-EXPIRING", LocalDate.of(2026, 12, 13), 10, DeadlinePrecision.DAY,
                DeadlineStatus.AHEAD, Evidence.INVENTORY))
                .isEqualTo("expires December 13, 2026 · 10 days left · from this assessment");
        assertThat(en.deadlinePhrase("CERT-EXPIRING", LocalDate.of(2026, 12, 3), 0, DeadlinePrecision.DAY,
                DeadlineStatus.AHEAD, Evidence.INVENTORY)).isEqualTo("expires today · from this assessment");
        assertThat(en.deadlinePhrase("CERT-EXPIRING", LocalDate.of(2026, 11, 20), -13, DeadlinePrecision.DAY,
                DeadlineStatus.PASSED, Evidence.INVENTORY))
                .isEqualTo("expired on November 20, 2026 · from this assessment");
    }

    @Test
    void stamp() {
        CatalogStamp s = new CatalogStamp("2026.12", LocalDate.of(2026, 12, 3), CatalogSource.SHIPPED);
        assertThat(new CatalogTexts(Locale.ENGLISH).stamp(s)).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · shipped");
        assertThat(new CatalogTexts(Locale.ENGLISH).stamp(new CatalogStamp("2026.12", LocalDate.of(2026, 12, 3),
                CatalogSource.FILE))).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · loaded from file");
    }

    @Test
    void versionsCompareByParts() {
        assertThat(CatalogFiles.compareVersions("2026.12.1", "2026.12")).isPositive();
        assertThat(CatalogFiles.compareVersions("2026.12", "2026.09")).isPositive();
        assertThat(CatalogFiles.compareVersions("2026.12", "2026.12.0")).isZero();
    }

    @Test
    void aCopyOfTheShippedCatalogLoadsAsFileAndAnOlderOneIsRefused(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("catalog.json");
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            Files.copy(in, copy);
        }
        Catalog loaded = CatalogFiles.load(copy);
        assertThat(loaded.source()).isEqualTo(CatalogSource.FILE);
        assertThat(loaded.version()).isEqualTo(Catalog.shipped().version());
        assertThat(CatalogFiles.isNewerThanShipped(loaded)).isFalse();
        String text = Files.readString(copy);
        Path older = dir.resolve("older.json");
        Files.writeString(older, text.replaceFirst("\"version\": \"[0-9.]+\"", "\"version\": \"2020.01\""));
        assertThatThrownBy(() -> CatalogFiles.load(older)).isInstanceOf(CatalogRefusedException.class)
                .hasMessageContaining("$.version").hasMessageContaining("older than the shipped catalog");
    }
}
