package org.eacplanner.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The objects of one export file, with what is known of where they came from: the side (from the collector's
 * manifest, or recognised from the objects), the cmdlet that wrote the file (named by the manifest and the file
 * name) and when it was exported (the manifest's time, else the file's). An empty export of a cmdlet the manifest
 * names is kept too: "no hybrid configuration" is an answer.
 */
public record ExportFile(String file, List<PsObject> objects, Side side, String cmdlet, Instant exportedAt) {

    /** The Exchange organisation a file describes; null when unknown. */
    public enum Side { ON_PREMISES, EXCHANGE_ONLINE }

    public ExportFile {
        objects = List.copyOf(objects);
    }

    /** A file of unknown side, cmdlet and time (a hand-made export). */
    public static ExportFile of(String file, List<PsObject> objects) {
        return new ExportFile(file, objects, null, null, null);
    }
}
