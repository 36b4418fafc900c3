package org.eacplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing Exchange Server builds and the product mapping of the assessment format. */
class ExchangeBuildTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "15.2.1118.7                          | 15.2.1118.7  | EXCHANGE_2019",
        "Version 15.2 (Build 1118.7)          | 15.2.1118.7  | EXCHANGE_2019",
        "15.02.1118.007                       | 15.2.1118.7  | EXCHANGE_2019",
        "'  15.2.1118.7  '                    | 15.2.1118.7  | EXCHANGE_2019",
        "AdminDisplayVersion : Version 15.2 (Build 1118.7) | 15.2.1118.7 | EXCHANGE_2019",
        "AdminDisplayVersion: 15.1.2507.6     | 15.1.2507.6  | EXCHANGE_2016",
        "14.3.513.0                           | 14.3.513.0   | EXCHANGE_2010",
        "14.0.639.21                          | 14.0.639.21  | EXCHANGE_2010",
        "15.0.1497.2                          | 15.0.1497.2  | EXCHANGE_2013",
        "15.0.0.0                             | 15.0.0.0     | EXCHANGE_2013",
        "15.1.225.42                          | 15.1.225.42  | EXCHANGE_2016",
        "15.2.221.12                          | 15.2.221.12  | EXCHANGE_2019",
        "15.2.2561.99                         | 15.2.2561.99 | EXCHANGE_2019",
        "15.2.2562.0                          | 15.2.2562.0  | EXCHANGE_SE",
        "15.2.2562.17                         | 15.2.2562.17 | EXCHANGE_SE",
        "Version 15.2 (Build 2562.41)         | 15.2.2562.41 | EXCHANGE_SE",
        "15.2.3000.1                          | 15.2.3000.1  | EXCHANGE_SE",
    })
    void knownProducts(String text, String normalized, ServerVersion product) {
        ExchangeBuild build = ExchangeBuild.parse(text).orElseThrow();

        assertThat(build).hasToString(normalized);
        assertThat(build.product()).contains(product);
    }

    @ParameterizedTest(name = "{0} -> no product")
    @ValueSource(strings = {"16.0.100.1", "15.3.1.1", "13.0.1.1", "8.0.685.24", "0.0.0.0"})
    void buildsOfNoProductParseButMapToNothing(String text) {
        assertThat(ExchangeBuild.parse(text)).isPresent()
                .hasValueSatisfying(b -> assertThat(b.product()).isEmpty());
    }

    @ParameterizedTest(name = "''{0}'' is not a build")
    @ValueSource(strings = {"", "   ", "15.2.1118", "15.2.1118.7.1", "15.2.1118.x", "Exchange 2019 CU12",
        "Version 15.2 (Build 1118)", "version 15.2 (build 1118.7)", "Version 15.2(Build 1118.7)", "15,2,1118,7",
        "-15.2.1118.7", "15.2.1118.7 extra", "AdminDisplayVersion :", "15.2.99999999999.1"})
    void garbageIsNotABuild(String text) {
        assertThat(ExchangeBuild.parse(text)).isEmpty();
    }

    @Test
    void nullIsNotABuild() {
        assertThat(ExchangeBuild.parse(null)).isEmpty();
    }

    @Test
    void buildsCompareAsFourIntegers() {
        List<ExchangeBuild> builds = List.of("15.2.2562.17", "15.2.1118.7", "15.10.0.0", "15.2.2562.41", "14.3.513.0",
                "15.2.2561.100").stream().map(s -> ExchangeBuild.parse(s).orElseThrow()).sorted().toList();

        assertThat(builds).map(ExchangeBuild::toString).containsExactly("14.3.513.0", "15.2.1118.7", "15.2.2561.100",
                "15.2.2562.17", "15.2.2562.41", "15.10.0.0");
        assertThat(ExchangeBuild.parse("15.02.1118.007").orElseThrow())
                .isEqualByComparingTo(new ExchangeBuild(15, 2, 1118, 7))
                .isEqualTo(new ExchangeBuild(15, 2, 1118, 7));
    }

    @Test
    void effectiveVersionIsTheAnswerElseTheBuildsProduct() {
        Exchange answered = exchange(ServerVersion.EXCHANGE_2016, "15.2.2562.17");
        Exchange fromBuild = exchange(null, "Version 15.2 (Build 2562.17)");
        Exchange unmapped = exchange(null, "16.0.1.1");
        Exchange neither = exchange(null, null);

        assertThat(answered.effectiveServerVersion()).isEqualTo(ServerVersion.EXCHANGE_2016);
        assertThat(fromBuild.effectiveServerVersion()).isEqualTo(ServerVersion.EXCHANGE_SE);
        assertThat(unmapped.effectiveServerVersion()).isNull();
        assertThat(neither.effectiveServerVersion()).isNull();
        assertThat(Exchange.effectiveVersion(null)).isNull();
        assertThat(fromBuild.serverVersion()).as("nothing is written to serverVersion").isNull();
    }

    private static Exchange exchange(ServerVersion version, String build) {
        return new Exchange(Deployment.ON_PREMISES, version, build, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
