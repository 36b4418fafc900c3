package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The schema's e-mail pattern accepts exactly what the simple, quadratic one did, in linear time. */
class EmailPatternTest {

    private static final Pattern SIMPLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SHIPPED = Pattern.compile(SchemaValidator.EMAIL_PATTERN);

    @Test
    void acceptsTheSameStringsAsTheSimplePatternUpToEightCharacters() {
        char[] alphabet = {'a', '.', '@', ' '};
        List<String> differ = new ArrayList<>();
        int checked = 0;
        for (int length = 0; length <= 8; length++) {
            int[] digits = new int[length];
            for (long n = 0; n < Math.pow(alphabet.length, length); n++) {
                StringBuilder s = new StringBuilder(length);
                for (int d : digits) {
                    s.append(alphabet[d]);
                }
                checked++;
                if (SIMPLE.matcher(s).matches() != SHIPPED.matcher(s).matches()) {
                    differ.add("\"" + s + "\"");
                }
                for (int i = length - 1; i >= 0 && ++digits[i] == alphabet.length; i--) {
                    digits[i] = 0;
                }
            }
        }
        assertThat(checked).isEqualTo(87_381);
        assertThat(differ).isEmpty();
        assertThat(SHIPPED.matcher("jordan.lee@northwind.example").matches()).isTrue();
        assertThat(SHIPPED.matcher("jordan.lee@northwind").matches()).isFalse();
    }

    @Test
    void theSchemaUsesThePatternOfTheValidator() throws Exception {
        JsonNode schema = AssessmentJson.mapper().readTree(getClass().getResource(SchemaValidator.SCHEMA_RESOURCE));
        assertThat(schema.at("/$defs/email/pattern").textValue()).isEqualTo(SchemaValidator.EMAIL_PATTERN);
    }
}
