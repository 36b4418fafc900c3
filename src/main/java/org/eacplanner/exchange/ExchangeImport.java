package org.eacplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.eacplanner.exchange.CliXml.CliXmlException;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;

/**
 * Reads Exchange exports ({@code Export-Clixml} files, folders of them, or zips of such a folder) and proposes the answers they show. A file
 * that cannot be read as CliXML, or whose objects this import does not know, is listed under {@code ignored} with the
 * reason; it never stops the others.
 */
public final class ExchangeImport {

    /** The kinds of object the import reads answers from, by type name. */
    private static final List<String> KINDS = List.of("ExchangeServer", "ADWebServicesVirtualDirectory",
            "HybridConfiguration");
    /** Entries of one archive at most: a zip of a collector's folder holds a few dozen. */
    private static final int MAX_ENTRIES = 1000;

    /** A file read: its path as given, the kind of its objects and how many there are. */
    public record Source(String file, String kind, int objects) {
    }

    /** A file not used, and why. */
    public record Ignored(String file, String reason) {
    }

    public record Result(List<Source> sources, List<Proposal> proposals, List<Ignored> ignored) {
        public Result {
            sources = List.copyOf(sources);
            proposals = List.copyOf(proposals);
            ignored = List.copyOf(ignored);
        }
    }

    private ExchangeImport() {
    }

    /** Reads {@code paths} (files, or folders whose {@code .xml} files are read in name order). */
    public static Result read(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        Map<String, List<PsObject>> objects = new LinkedHashMap<>();
        for (Input file : expand(paths, ignored)) {
            String name = file.name();
            try {
                List<PsObject> objs = file.read();
                String kind = kindOf(objs);
                if (kind == null) {
                    ignored.add(new Ignored(name, objs.isEmpty() ? "no objects in the export"
                            : "objects of " + objs.get(0).typeNames().stream().findFirst().orElse("no type")
                            + ": not one this import reads"));
                } else {
                    sources.add(new Source(name, kind, objs.size()));
                    objects.put(name, objs);
                }
            } catch (CliXmlException e) {
                ignored.add(new Ignored(name, e.getMessage()));
            } catch (IOException e) {
                ignored.add(new Ignored(name, "cannot be read: " + e.getMessage()));
            }
        }
        return new Result(sources, ExchangeAnswers.from(objects), ignored);
    }

    /** A file to read: its name as shown and how to read its objects. */
    private interface Input {
        String name();

        List<PsObject> read() throws IOException, CliXmlException;
    }

    private record FileInput(Path file) implements Input {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public List<PsObject> read() throws IOException, CliXmlException {
            try (InputStream in = Files.newInputStream(file)) {
                return CliXml.read(in); // bounded by the reader
            }
        }
    }

    /** An {@code .xml} entry of a zip, read from the archive (nothing is unpacked to disk). */
    private record ZipInput(Path zip, String entry) implements Input {
        @Override
        public String name() {
            return zip + "!/" + entry;
        }

        @Override
        public List<PsObject> read() throws IOException, CliXmlException {
            try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(entry))) {
                return CliXml.read(in); // bounded by the reader, whatever size the entry claims
            }
        }
    }

    private static void zip(Path zip, List<Input> files, List<Ignored> ignored) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.size() > MAX_ENTRIES) {
                ignored.add(new Ignored(zip.toString(), "more than " + MAX_ENTRIES + " entries: refused"));
                return;
            }
            List<String> names = new ArrayList<>();
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            names.sort(null);
            for (String n : names) {
                String normal = n.replace('\\', '/');
                if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || ("/" + normal + "/").contains("/../")) {
                    ignored.add(new Ignored(zip + "!/" + n, "its path leaves the archive's folder: refused"));
                } else if (normal.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    files.add(new ZipInput(zip, n));
                }
            }
        } catch (IOException e) {
            ignored.add(new Ignored(zip.toString(), "not a readable zip archive: " + e.getMessage()));
        }
    }

    private static String kindOf(List<PsObject> objs) {
        for (String kind : KINDS) {
            if (objs.stream().anyMatch(o -> o.is(kind))) {
                return kind;
            }
        }
        return null;
    }

    private static List<Input> expand(List<Path> paths, List<Ignored> ignored) {
        List<Input> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                            .filter(Files::isRegularFile).sorted().forEach(f -> files.add(new FileInput(f)));
                } catch (IOException e) {
                    ignored.add(new Ignored(p.toString(), "the folder cannot be read: " + e.getMessage()));
                }
            } else if (p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                    && Files.isRegularFile(p)) {
                zip(p, files, ignored);
            } else if (Files.isRegularFile(p)) {
                files.add(new FileInput(p));
            } else {
                ignored.add(new Ignored(p.toString(), "no such file or folder"));
            }
        }
        return files;
    }
}
