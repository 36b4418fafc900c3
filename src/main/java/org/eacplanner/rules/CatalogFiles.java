package org.eacplanner.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loading a catalog file (rules.md, "Catalog file and freshness"): validated by the same code as the shipped
 * catalog, never merged with it, and refused when it is invalid or older than the shipped catalog.
 */
public final class CatalogFiles {

    /** The largest catalog file read; the shipped one is about 100 KB. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private CatalogFiles() {
    }

    /** The catalog in {@code file}, with source {@code FILE}; every problem found is listed in the exception. */
    public static Catalog load(Path file) throws IOException, CatalogRefusedException {
        if (Files.size(file) > MAX_BYTES) {
            throw new CatalogRefusedException(List.of(new CatalogProblem("$", "the file is larger than "
                    + MAX_BYTES / (1024 * 1024) + " MB; a catalog is far smaller")));
        }
        return load(Files.readAllBytes(file));
    }

    /** The catalog in {@code bytes}, checked as {@link #load(Path)} does. */
    public static Catalog load(byte[] bytes) throws IOException, CatalogRefusedException {
        Catalog loaded;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            loaded = new CatalogLoader().loadChecked(in);
        }
        Catalog shipped = Catalog.shipped();
        if (compare(loaded, shipped) < 0) {
            throw new CatalogRefusedException(List.of(new CatalogProblem("$.version",
                    "catalog " + loaded.version() + " reviewed " + loaded.reviewedOn()
                            + " is older than the shipped catalog " + shipped.version() + " reviewed "
                            + shipped.reviewedOn())));
        }
        return loaded.asFile();
    }

    /** Strictly newer than the shipped catalog: a higher version, or the same version reviewed later. */
    public static boolean isNewerThanShipped(Catalog catalog) {
        return compare(catalog, Catalog.shipped()) > 0;
    }

    /** Orders catalogs by version (part by part, a missing {@code .N} is 0), then by review date. */
    static int compare(Catalog a, Catalog b) {
        int v = compareVersions(a.version(), b.version());
        if (v != 0) {
            return v;
        }
        LocalDate ra = a.reviewedOn();
        LocalDate rb = b.reviewedOn();
        return ra == null || rb == null ? 0 : ra.compareTo(rb);
    }

    static int compareVersions(String a, String b) {
        List<Integer> pa = parts(a);
        List<Integer> pb = parts(b);
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<Integer> parts(String version) {
        List<Integer> parts = new ArrayList<>();
        for (String p : version.split("\\.")) {
            parts.add(Integer.parseInt(p));
        }
        while (parts.size() < 3) {
            parts.add(0);
        }
        return parts;
    }
}
