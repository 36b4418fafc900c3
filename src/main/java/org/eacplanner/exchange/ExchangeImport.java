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
import org.eacplanner.exchange.CliXml.CliXmlException;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;

/**
 * Reads Exchange exports ({@code Export-Clixml} files, or folders of them) and proposes the answers they show. A file
 * that cannot be read as CliXML, or whose objects this import does not know, is listed under {@code ignored} with the
 * reason; it never stops the others.
 */
public final class ExchangeImport {

    /** The kinds of object the import reads answers from, by type name. */
    private static final List<String> KINDS = List.of("ExchangeServer", "ADWebServicesVirtualDirectory",
            "HybridConfiguration");

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
        for (Path file : expand(paths, ignored)) {
            String name = file.toString();
            try {
                List<PsObject> objs = read(file);
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

    private static List<PsObject> read(Path file) throws IOException, CliXmlException {
        if (Files.size(file) > CliXml.Limits.DEFAULT.maxBytes()) {
            throw new CliXmlException("larger than " + CliXml.Limits.DEFAULT.maxBytes() / (1024 * 1024)
                    + " MB: refused");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return CliXml.read(in);
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

    private static List<Path> expand(List<Path> paths, List<Ignored> ignored) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    ignored.add(new Ignored(p.toString(), "the folder cannot be read: " + e.getMessage()));
                }
            } else if (p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                ignored.add(new Ignored(p.toString(), "a zip archive: unpack it and give the folder"));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                ignored.add(new Ignored(p.toString(), "no such file or folder"));
            }
        }
        return files;
    }
}
