package org.eacplanner.probe;

import java.util.Locale;
import java.util.Set;

/** The Exchange Online hosts of probes.md: a Basic or NTLM scheme in their challenge does not mean it works. */
public final class ExchangeHosts {

    public static final Set<String> EXCHANGE_ONLINE = Set.of("outlook.office365.com", "outlook.office365.us",
            "webmail.apps.mil", "partner.outlook.cn");

    /** Why only OAuth is reported for these hosts: in the run's language in a reason. */
    static final ProbeText BASIC_OFF_TEXT = ProbeText.of("probe.exchangeOnline.basicOff");

    /** The same in English, as evidence. */
    public static final String BASIC_OFF = BASIC_OFF_TEXT.toString();

    private ExchangeHosts() {
    }

    public static boolean isExchangeOnline(String host) {
        return host != null && EXCHANGE_ONLINE.contains(host.toLowerCase(Locale.ROOT));
    }
}
