package org.eacplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.eacplanner.exchange.CliXml.CliXmlException;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.exchange.ExportFile.Side;
import org.eacplanner.model.ApprovedRoots;

/**
 * Reads Exchange exports ({@code Export-Clixml} files, folders of them, or zips of such a folder) and proposes the answers they show. A file
 * that cannot be read as CliXML, or whose objects this import does not know, is listed under {@code ignored} with the
 * reason; it never stops the others.
 */
public final class ExchangeImport {

    /** The collector's manifest file (without {@code .xml}). */
    public static final String MANIFEST = "manifest";
    /** The files the collector scripts write (without {@code .xml}); a file of this name is that cmdlet's output. */
    public static final Set<String> COLLECTED = Set.of("Get-ExchangeServer", "Get-WebServicesVirtualDirectory",
            "Get-AutodiscoverVirtualDirectory", "Get-ExchangeCertificate", "Get-OrganizationConfig",
            "Get-HybridConfiguration", "Get-AuthServer", "Get-ManagementRoleAssignment", "Get-CASMailbox",
            AccountAnswers.COUNT_ON_PREMISES, "Get-AuthenticationPolicy", AccountAnswers.COUNT_ONLINE, MANIFEST);
    /** The kinds of object the import reads, by type name, each with the side it belongs to (null: either). */
    private static final Map<String, Side> KINDS = kinds();
    /** The marker of the collector's manifest. */
    private static final String COLLECTOR = "eac-planner-exchange";
    /** Entries of one archive at most: a zip of a collector's folder holds a few dozen. */
    private static final int MAX_ENTRIES = 1000;

    /** A file read: its path as given, the kind of its objects, how many, and when it was exported. */
    public record Source(String file, String kind, int objects, Instant exportedAt) {
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

    /** A file read, before its group's manifest is applied. */
    private record Read(Input input, List<PsObject> objects, String kind, String cmdlet) {
    }

    private ExchangeImport() {
    }

    private static Map<String, Side> kinds() {
        Map<String, Side> k = new LinkedHashMap<>();
        for (String onPremises : List.of("ExchangeServer", "ADWebServicesVirtualDirectory",
                "ADAutodiscoverVirtualDirectory", "ExchangeCertificate", "HybridConfiguration", "AuthServer",
                "ExchangeRoleAssignmentPresentation")) {
            k.put(onPremises, Side.ON_PREMISES);
        }
        for (String either : List.of("OrganizationConfig", "CASMailbox", "AuthPolicy", "AuthenticationPolicy",
                "GenericMeasureInfo")) {
            k.put(either, null);
        }
        return Collections.unmodifiableMap(k);
    }

    /** Reads {@code paths} in English with the app's approved-CA snapshot. */
    public static Result read(List<Path> paths) {
        return read(paths, null, Locale.ENGLISH);
    }

    /**
     * Reads {@code paths} (files; folders, whose {@code .xml} files and zips are read in name order; zips of such a
     * folder) and proposes answers worded in {@code locale}, judging a certificate's root with {@code roots} (null: the
     * snapshot). A folder's or zip's manifest gives its files' side and export time.
     */
    public static Result read(List<Path> paths, ApprovedRoots roots, Locale locale) {
        List<Ignored> ignored = new ArrayList<>();
        List<Read> read = new ArrayList<>();
        for (Input file : expand(paths, ignored)) {
            String name = file.name();
            try {
                List<PsObject> objs = file.read();
                String cmdlet = COLLECTED.contains(file.baseName()) ? file.baseName() : null;
                String kind = kindOf(objs, cmdlet);
                if (kind == null) {
                    ignored.add(new Ignored(name, objs.isEmpty() ? "no objects in the export"
                            : objs.get(0).is("GenericMeasureInfo") ? "a count whose cmdlet is unknown: the collector "
                                    + "names it " + AccountAnswers.COUNT_ON_PREMISES + ".xml or "
                                    + AccountAnswers.COUNT_ONLINE + ".xml"
                            : "objects of " + objs.get(0).typeNames().stream().findFirst().orElse("no type")
                            + ": not one this import reads"));
                } else {
                    read.add(new Read(file, objs, kind, cmdlet));
                }
            } catch (CliXmlException e) {
                ignored.add(new Ignored(name, e.getMessage()));
            } catch (IOException e) {
                ignored.add(new Ignored(name, "cannot be read: " + e.getMessage()));
            }
        }
        Map<String, PsObject> manifests = new LinkedHashMap<>();
        read.stream().filter(r -> "Manifest".equals(r.kind())).forEach(r -> manifests.put(r.input().group(),
                r.objects().get(0)));
        List<Source> sources = new ArrayList<>();
        List<ExportFile> files = new ArrayList<>();
        for (Read r : read) {
            PsObject manifest = manifests.get(r.input().group());
            Instant at = manifest != null && manifest.get("CollectedAt") instanceof OffsetDateTime t ? t.toInstant()
                    : r.input().modified();
            sources.add(new Source(r.input().name(), r.kind(), r.objects().size(), at));
            if (!"Manifest".equals(r.kind())) {
                files.add(new ExportFile(r.input().name(), r.objects(), sideOf(manifest, r), r.cmdlet(), at));
            }
        }
        return new Result(sources, ExchangeAnswers.from(files, roots, locale), ignored);
    }

    private static Side sideOf(PsObject manifest, Read r) {
        String side = manifest == null ? null : manifest.text("Side");
        if ("OnPremises".equalsIgnoreCase(side)) {
            return Side.ON_PREMISES;
        }
        if ("ExchangeOnline".equalsIgnoreCase(side)) {
            return Side.EXCHANGE_ONLINE;
        }
        if (AccountAnswers.COUNT_ONLINE.equals(r.cmdlet())) {
            return Side.EXCHANGE_ONLINE;
        }
        return KINDS.get(r.kind()); // an organisation's side is then told by its name (AccountAnswers.side)
    }

    /** A file to read: its name as shown and how to read its objects. */
    private interface Input {
        String name();

        /** The folder or archive the file came with (its manifest applies to it). */
        String group();

        /** The file name without its folder and {@code .xml}. */
        String baseName();

        /** When the file was last written, null when unknown. */
        Instant modified();

        List<PsObject> read() throws IOException, CliXmlException;
    }

    private record FileInput(Path file) implements Input {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public String group() {
            return String.valueOf(file.toAbsolutePath().getParent());
        }

        @Override
        public String baseName() {
            return ExchangeImport.baseName(file.getFileName().toString());
        }

        @Override
        public Instant modified() {
            try {
                return Files.getLastModifiedTime(file).toInstant();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public List<PsObject> read() throws IOException, CliXmlException {
            try (InputStream in = Files.newInputStream(file)) {
                return CliXml.read(in); // bounded by the reader
            }
        }
    }

    /** An {@code .xml} entry of a zip, read from the archive (nothing is unpacked to disk). */
    private record ZipInput(Path zip, String entry, Instant modified) implements Input {
        @Override
        public String name() {
            return zip + "!/" + entry;
        }

        @Override
        public String group() {
            int slash = entry.replace('\\', '/').lastIndexOf('/');
            return zip.toAbsolutePath() + "!/" + (slash < 0 ? "" : entry.substring(0, slash));
        }

        @Override
        public String baseName() {
            String e = entry.replace('\\', '/');
            return ExchangeImport.baseName(e.substring(e.lastIndexOf('/') + 1));
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
            Map<String, Instant> times = new TreeMap<>();
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> times.put(e.getName(),
                    e.getLastModifiedTime() == null ? null : e.getLastModifiedTime().toInstant()));
            for (String n : times.keySet()) {
                String normal = n.replace('\\', '/');
                if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || ("/" + normal + "/").contains("/../")) {
                    ignored.add(new Ignored(zip + "!/" + n, "its path leaves the archive's folder: refused"));
                } else if (normal.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    files.add(new ZipInput(zip, n, times.get(n)));
                }
            }
        } catch (IOException e) {
            ignored.add(new Ignored(zip.toString(), "not a readable zip archive: " + e.getMessage()));
        }
    }

    /** The kind of a file's objects: the manifest, a known type, or "Empty" for the collector's empty export. */
    private static String kindOf(List<PsObject> objs, String cmdlet) {
        if (objs.isEmpty()) {
            return cmdlet != null && !MANIFEST.equals(cmdlet) ? "Empty" : null;
        }
        if (MANIFEST.equals(cmdlet) && COLLECTOR.equals(objs.get(0).text("Collector"))) {
            return "Manifest";
        }
        for (String kind : KINDS.keySet()) {
            if (objs.stream().anyMatch(o -> o.is(kind))) {
                boolean count = kind.equals("GenericMeasureInfo");
                return !count || AccountAnswers.COUNT_ON_PREMISES.equals(cmdlet)
                        || AccountAnswers.COUNT_ONLINE.equals(cmdlet) ? kind : null;
            }
        }
        return null;
    }

    private static String baseName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xml") ? fileName.substring(0, fileName.length() - 4)
                : fileName;
    }

    private static List<Input> expand(List<Path> paths, List<Ignored> ignored) {
        List<Input> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) { // its .xml files and its zips (a desktop with both sides')
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (name.endsWith(".xml")) {
                            files.add(new FileInput(f));
                        } else if (name.endsWith(".zip")) {
                            zip(f, files, ignored);
                        }
                    }
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
