package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.Exchange;
import org.eacplanner.model.ServerVersion;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    private final Assessment empty = Assessment.empty("id-1", Instant.parse("2026-12-01T00:00:00Z"));

    @Test
    void givesEverySpellingOfAField() {
        FieldPath f = FieldPath.of("exchange.authMethods");
        assertThat(f.text()).isEqualTo("exchange.authMethods");
        assertThat(f.jsonPath()).isEqualTo("$.exchange.authMethods");
        assertThat(f.labelKey()).isEqualTo("field.exchange.authMethods");
        assertThat(f.controlId()).isEqualTo("exchange-authMethods");
        assertThat(FieldPath.ofJsonPath("$.exchange.authMethods")).isSameAs(f);
    }

    @Test
    void setsOneFieldAndKeepsEverythingElseIncludingFieldsOfANewerFormat() {
        Exchange withFuture = FieldPath.of("exchange.serverVersion").with(empty, ServerVersion.EXCHANGE_2019)
                .exchange();
        Map<String, Object> future = Map.of("fieldFromTheFuture", "kept");
        Assessment start = new Assessment(empty.format(), empty.schemaVersion(), empty.id(), "Title",
                empty.createdAt(), empty.updatedAt(), null, null, null,
                withFuture, null, null, null, null, null,
                "notes", null, null, null, null, future);
        List<AuthMethod> methods = new ArrayList<>(List.of(AuthMethod.NTLM));
        Assessment next = FieldPath.of("exchange.authMethods").with(start, methods);
        methods.add(AuthMethod.BASIC);

        assertThat(next.exchange().authMethods()).as("a copy, as the record's constructor makes")
                .containsExactly(AuthMethod.NTLM);
        assertThat(next.exchange().serverVersion()).isEqualTo(ServerVersion.EXCHANGE_2019);
        assertThat(next.title()).isEqualTo("Title");
        assertThat(next.unknownFields()).isEqualTo(future);
        assertThat(start.exchange().authMethods()).as("the input is unchanged").isNull();
        assertThat(FieldPath.of("exchange.authMethods").read(next)).isEqualTo(List.of(AuthMethod.NTLM));
        assertThat(FieldPath.of("exchange.authMethods").with(next, null).exchange().authMethods()).isNull();
    }

    @Test
    void refusesAValueOfAnotherType() {
        assertThatThrownBy(() -> FieldPath.of("exchange.serverVersion").with(empty, "EXCHANGE_2019"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes ServerVersion");
        assertThatThrownBy(() -> FieldPath.of("exchange.authMethods").with(empty, List.of("NTLM")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a list of AuthMethod");
        assertThatThrownBy(() -> FieldPath.of("exchange.serverVersoin")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("has no field 'serverVersoin'");
        assertThatThrownBy(() -> FieldPath.ofJsonPath("exchange.serverVersion")).isInstanceOf(CatalogException.class);
    }

    @Test
    void convertsPlainValuesToTheFieldsType() {
        assertThat(FieldPath.of("exchange.serverVersion").convert("EXCHANGE_2016")).isEqualTo(ServerVersion.EXCHANGE_2016);
        assertThat(FieldPath.of("exchange.authMethods").convert(List.of("NTLM", "NEGOTIATE")))
                .isEqualTo(List.of(AuthMethod.NTLM, AuthMethod.NEGOTIATE));
        assertThat(FieldPath.of("lightningSync.usersSyncing").convert(310L)).isEqualTo(310);
        assertThat(FieldPath.of("lightningSync.usersSyncing").convert("42")).isEqualTo(42);
        assertThat(FieldPath.of("exchange.certificateExpiresOn").convert("2027-03-01"))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(FieldPath.of("exchange.ewsEnabled").convert(true)).isEqualTo(true);
        assertThat(FieldPath.of("org.orgId").convert(null)).isNull();
        assertThatThrownBy(() -> FieldPath.of("lightningSync.usersSyncing").convert(2.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("exchange.serverVersion").convert("EXCHANGE_2003"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldPath.of("exchange.certificateExpiresOn").convert("1 March 2027"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
