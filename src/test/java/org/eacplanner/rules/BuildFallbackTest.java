package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.rules.RuleTableTest.evaluate;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wherever the catalog reads exchange.serverVersion, an unknown answer falls back to the build's product. */
class BuildFallbackTest {

    @Test
    void exchange2016BuildGivesTheEndOfSupportDate() {
        Map<String, Object> a = Map.of("exchange.deployment", "ON_PREMISES", "exchange.serverBuild", "15.1.2507.6");
        Finding eol = evaluate(a, "EXCHANGE-EOL", LocalDate.of(2026, 12, 3)).orElseThrow();
        assertThat(eol.deadline()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(eol.deadlinePhrase()).isEqualTo("since October 14, 2025 · vendor documentation");
        assertThat(evaluate(a, "GAP-SERVER-VERSION", LocalDate.of(2026, 12, 3))).isEmpty();
    }
}
