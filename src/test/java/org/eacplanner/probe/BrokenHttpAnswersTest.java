package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers that break HTTP end with a reason that names what is broken, never as "unexpected error". */
class BrokenHttpAnswersTest extends LocalServersTest {

    static Stream<Arguments> answers() {
        String broken = "127.0.0.1 sent a broken HTTP answer: ";
        return Stream.of(
                Arguments.of("HTTP/1.1 401 Unauthorized\r\nContent-Length: -5\r\n\r\n",
                        Outcome.FAIL, broken + "the Content-Length header \"-5\" is not a number of bytes"),
                Arguments.of("HTTP/1.1 401 Unauthorized\r\nContent-Length: abc\r\n\r\n",
                        Outcome.FAIL, broken + "the Content-Length header \"abc\" is not a number of bytes"),
                Arguments.of("HTTP/1.1 401 Unauthorized\r\nContent-Length: 99999999999999999999\r\n\r\n",
                        Outcome.FAIL, broken + "the Content-Length header \"99999999999999999999\" is not a number of bytes"),
                Arguments.of("HTTP/1.1 401 Unauthorized\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n12345",
                        Outcome.FAIL, broken + "the Content-Length headers disagree (5, 7)"),
                Arguments.of("HTTP/1.1 401 Unauthorized\r\nContent-Length: 100\r\n\r\nshort",
                        Outcome.FAIL, broken + "the body ended after 5 of the 100 bytes its Content-Length announced"),
                Arguments.of("HTTP/1.1 abc Unauthorized\r\n\r\n",
                        Outcome.FAIL, broken + "Unexpected status line: HTTP/1.1 abc Unauthorized"),
                Arguments.of("SMTP ready\r\n\r\n", Outcome.FAIL, broken + "Unexpected status line: SMTP ready"),
                Arguments.of("HTTP/1.1 401 Unauthorized\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                        Outcome.FAIL, broken + "Expected leading [0-9a-fA-F] character but was 0x7a"),
                Arguments.of("HTTP/1.1 302 Found\r\nLocation: https://[::1\r\nContent-Length: 0\r\n\r\n",
                        Outcome.FAIL, "the server redirected to an address that is not a URL: https://[::1"),
                Arguments.of("HTTP/1.1 302 Found\r\nLocation: https://127.0.0.1:99999/x\r\nContent-Length: 0\r\n\r\n",
                        Outcome.FAIL, "the server redirected to an address that is not a URL: https://127.0.0.1:99999/x"),
                Arguments.of("HTTP/1.1 302 Found\r\nLocation: https://exa mple.com/\r\nContent-Length: 0\r\n\r\n",
                        Outcome.FAIL, "the server redirected to an address that is not a URL: https://exa mple.com/"),
                Arguments.of("", Outcome.ERROR, "127.0.0.1 closed the connection without an HTTP answer"));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void aBrokenAnswerEndsWithAReasonThatSaysWhatIsBroken(String answer, Outcome outcome, String reason)
            throws Exception {
        try (RawTlsServer s = servers.add(new RawTlsServer(answer))) {
            ProbeSettings st = servers.settings(LocalServers.endpoints(null, s.url("/EWS/Exchange.asmx"), null, null, null));
            ProbeResult r = LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"), ProbeCredentials.none(),
                    ProbeId.EWS_AUTH);
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.outcome()).isEqualTo(outcome);
            assertThat(s.requestCount()).isEqualTo(1);
        }
    }
}
