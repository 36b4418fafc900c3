package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eacplanner.testing.Inventories.answers;
import static org.eacplanner.testing.Inventories.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.junit.jupiter.api.Test;

class ConditionCompilerTest {

    private final Map<String, Condition> terms = new LinkedHashMap<>();
    private final ConditionCompiler compiler = new ConditionCompiler(terms);

    private boolean eval(String condition, Assessment a) {
        return compiler.compile(condition, Assessment.class).test(a);
    }

    @Test
    void comparisonsOnUnknownAnswersAreFalseAndNotIsPlainNegation() {
        Assessment blank = assessment(answers());
        assertThat(eval("exchange.ewsEnabled = false", blank)).isFalse();
        assertThat(eval("exchange.ewsEnabled = true", blank)).isFalse();
        assertThat(eval("not exchange.ewsEnabled = true", blank)).isTrue();
        assertThat(eval("exchange.deployment in [HYBRID, ON_PREMISES]", blank)).isFalse();
        assertThat(eval("exchange.authMethods contains NTLM", blank)).isFalse();
        assertThat(eval("lightningSync.usersWithErrors > 0", blank)).isFalse();
        assertThat(eval("exchange.ewsEnabled unknown", blank)).isTrue();
        assertThat(eval("exchange.authMethods known", blank)).isFalse();
    }

    @Test
    void knownValuesCompare() {
        Assessment a = assessment(answers("exchange.ewsEnabled", false, "exchange.authMethods", List.of(),
                "lightningSync.usersWithErrors", 3, "exchange.deployment", "HYBRID"));
        assertThat(eval("exchange.ewsEnabled = false", a)).isTrue();
        assertThat(eval("exchange.authMethods known and not exchange.authMethods contains NTLM", a)).isTrue();
        assertThat(eval("lightningSync.usersWithErrors > 2", a)).isTrue();
        assertThat(eval("lightningSync.usersWithErrors > 3", a)).isFalse();
        assertThat(eval("exchange.deployment in [HYBRID, ON_PREMISES] and (exchange.ewsEnabled = true or "
                + "exchange.ewsEnabled = false)", a)).isTrue();
        assertThat(eval("not not exchange.ewsEnabled = false", a)).isTrue();
    }

    @Test
    void anyLooksIntoListElements() {
        Assessment a = assessment(answers("lightningSync.configurations", List.of(
                Map.of("name", "a", "eventsScope", "ALL"), Map.of("name", "b", "eventsScope", "USERS_SELECT"))));
        assertThat(eval("any lightningSync.configurations (eventsScope = USERS_SELECT)", a)).isTrue();
        assertThat(eval("any lightningSync.configurations (eventsScope = ALL and name unknown)", a)).isFalse();
        assertThat(eval("any lightningSync.configurations (syncEvents = true)", assessment(answers()))).isFalse();
    }

    @Test
    void shorthandsAreNamedConditions() {
        terms.put("ls", compiler.compile("lightningSync.inUse = true", Assessment.class));
        assertThat(eval("ls", assessment(answers("lightningSync.inUse", true)))).isTrue();
        assertThat(eval("not ls", assessment(answers()))).isTrue();
    }

    @Test
    void mistakesInConditionsFailWithWhatAndWhere() {
        assertThatThrownBy(() -> compiler.compile("exchange.ewsEnabeld = true", Assessment.class))
                .isInstanceOf(CatalogException.class).hasMessageContaining("has no field 'ewsEnabeld'");
        assertThatThrownBy(() -> compiler.compile("exchange.tlsVersion = TLS_9", Assessment.class))
                .hasMessageContaining("'TLS_9' is not a value of TlsVersion");
        assertThatThrownBy(() -> compiler.compile("exchange.ewsEnabled = yes", Assessment.class))
                .hasMessageContaining("expected true or false");
        assertThatThrownBy(() -> compiler.compile("exchange.authMethods = NTLM", Assessment.class))
                .hasMessageContaining("is a list");
        assertThatThrownBy(() -> compiler.compile("onprem", Assessment.class))
                .hasMessageContaining("not a known shorthand");
        assertThatThrownBy(() -> compiler.compile("(exchange.ewsEnabled = true", Assessment.class))
                .hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> compiler.compile("exchange.ewsEnabled = true exchange", Assessment.class))
                .hasMessageContaining("unexpected 'exchange'");
        assertThatThrownBy(() -> compiler.compile("org.name > 3", Assessment.class))
                .hasMessageContaining("not a number");
    }
}
