package org.eacplanner.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;

/** The example assessments bundled with the app, so a newcomer sees a complete plan at once. */
public final class Examples {

    /** Keys of the bundled examples; each is {@code examples/<key>.eacplan.json}, titled by {@code example.<key>}. */
    public static final List<String> KEYS = List.of("exo-service-account", "onprem-ntlm-2016", "gov-cloud-gcc-high",
            "hybrid-se-eac-pilot");

    /** Reads an example (call off the FX thread: it validates the file like any other). */
    public Assessment load(String key) throws IOException, AssessmentLoadException {
        String resource = "/org/eacplanner/examples/" + key + ".eacplan.json";
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing bundled example " + resource);
            }
            return new AssessmentReader().read(in.readAllBytes(), resource).assessment();
        }
    }
}
