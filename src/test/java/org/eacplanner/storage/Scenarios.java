package org.eacplanner.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spec's example scenarios, copied into the test resources (src/test/resources/scenarios). */
public final class Scenarios {

    private Scenarios() {
    }

    public static Path folder() {
        try {
            return Path.of(Scenarios.class.getResource("/scenarios").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code NAME.eacplan.json}, by name. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".eacplan.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expectedFor(Path scenario) {
        String name = scenario.getFileName().toString().replace(".eacplan.json", ".expected.json");
        return scenario.resolveSibling(name);
    }
}
