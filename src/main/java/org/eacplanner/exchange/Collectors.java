package org.eacplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The read-only PowerShell blocks the admin runs to export what the import reads (one per side, shipped as
 * {@code collect-*.ps1} beside this class). Each writes one {@code .xml} per cmdlet, a manifest and a zip.
 */
public enum Collectors {
    /** The Exchange Management Shell, on an on-premises server. */
    ON_PREMISES("collect-onpremises.ps1"),
    /** Exchange Online PowerShell, after {@code Connect-ExchangeOnline}. */
    EXCHANGE_ONLINE("collect-exchange-online.ps1");

    private final String resource;
    /** The script, read from the jar on first use. */
    private volatile String script;

    Collectors(String resource) {
        this.resource = resource;
    }

    /** The script's file name, as offered by "Save as script…". */
    public String fileName() {
        return resource;
    }

    /** The script, with Windows line ends (PowerShell's own, and what Notepad shows). */
    public String script() {
        String s = script;
        if (s == null) {
            s = read();
            script = s;
        }
        return s;
    }

    private String read() {
        try (InputStream in = Collectors.class.getResourceAsStream("/org/eacplanner/exchange/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the app");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n").replace("\n", "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
