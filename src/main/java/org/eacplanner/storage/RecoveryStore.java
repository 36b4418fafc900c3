package org.eacplanner.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentLoadException.Kind;
import org.eacplanner.storage.SaveException.Step;

/**
 * Autosaved copies of unsaved work, so that a crash loses at most the last 30 seconds. One file per document
 * ({@code NAME-HASH.recovery.json}), rewritten atomically on each autosave: a small envelope
 * {@code {format, recoveryOf, savedAt, assessment}}. The caller schedules the autosaves (the GUI, every 30 s while
 * there are unsaved changes) and discards the snapshot after a clean save or when the user discards it. No timer,
 * no FX: call it off the FX thread.
 */
public final class RecoveryStore {

    /** A system property that overrides the recovery folder (tests, portable installs). */
    public static final String FOLDER_PROPERTY = UserFolder.RECOVERY.property();
    /** The envelope's marker. */
    public static final String FORMAT = "eac-migration-recovery";
    static final String SUFFIX = ".recovery.json";

    private final Path folder;
    private final AssessmentReader reader = new AssessmentReader();
    private final AtomicFileWriter files;
    private final Clock clock;
    /**
     * This run of the app: part of every name it writes, so that its autosaves never replace a copy a crashed run
     * left (or another running instance writes) for the same file before the user has decided about it.
     */
    private final String session = HexFormat.of().formatHex(ByteBuffer.allocate(4)
            .putInt(new SecureRandom().nextInt()).array());

    public RecoveryStore(Path folder) {
        this(folder, new AtomicFileWriter(), Clock.systemUTC());
    }

    public RecoveryStore(Path folder, AtomicFileWriter files, Clock clock) {
        this.folder = folder;
        this.files = files;
        this.clock = clock;
    }

    /** The store in {@link #defaultFolder()}. */
    public static RecoveryStore forCurrentUser() {
        return new RecoveryStore(defaultFolder());
    }

    public Path folder() {
        return folder;
    }

    /** The recovery folder: {@link UserFolder#RECOVERY}. */
    public static Path defaultFolder() {
        return UserFolder.RECOVERY.path();
    }

    /**
     * Autosaves {@code current}, the unsaved state of the document saved at {@code originalFile} (null for a new
     * one), replacing that document's previous snapshot. Values failing the semantic checks go to drafts, as in a
     * save.
     */
    public RecoverySnapshot write(Path originalFile, Assessment current) throws SaveException {
        Path file = folder.resolve(fileName(originalFile, current, session));
        Instant now = clock.instant();
        ObjectNode envelope = AssessmentJson.mapper().createObjectNode();
        envelope.put("format", FORMAT);
        envelope.put("recoveryOf", originalFile == null ? null : originalFile.toAbsolutePath().toString());
        envelope.put("savedAt", now.toString());
        envelope.set("assessment", AssessmentJson.mapper().valueToTree(SemanticDrafts.apply(current)));
        createFolder(file);
        files.write(file, AssessmentWriter.bytes(envelope), false);
        return new RecoverySnapshot(file, originalFile == null ? null : originalFile.toAbsolutePath(), now,
                current.title(), true);
    }

    /** The snapshots left in the folder (after a crash), newest first; damaged ones are listed as unreadable. */
    public List<RecoverySnapshot> list() throws IOException {
        List<RecoverySnapshot> snapshots = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) && !name.startsWith(".") && Files.isRegularFile(p)) {
                    snapshots.add(describe(p));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        snapshots.sort(Comparator.comparing(RecoverySnapshot::savedAt).reversed()
                .thenComparing(r -> r.file().getFileName().toString()));
        return snapshots;
    }

    /** The work in {@code snapshot}, loaded like a file (older formats migrated, problems located). */
    public LoadedAssessment load(RecoverySnapshot snapshot) throws AssessmentLoadException {
        String name = snapshot.file().toString();
        byte[] bytes = AssessmentReader.readFile(snapshot.file(), AssessmentReader.MAX_BYTES + 64 * 1024);
        JsonNode envelope = AssessmentReader.parse(bytes, name);
        if (!FORMAT.equals(envelope.path("format").textValue()) || !envelope.path("assessment").isObject()) {
            throw new AssessmentLoadException(name, Kind.NOT_OURS, new LoadProblem("$.format",
                    "not a recovery file: expected \"format\": \"" + FORMAT + "\" and an \"assessment\" object"));
        }
        return reader.read(envelope.get("assessment"), name);
    }

    /** Removes {@code snapshot} (after a clean save, or when the user discards it); gone already is fine. */
    public void discard(RecoverySnapshot snapshot) throws IOException {
        Files.deleteIfExists(snapshot.file());
    }

    private RecoverySnapshot describe(Path file) {
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = Instant.EPOCH;
        }
        try {
            JsonNode envelope = AssessmentReader.parse(AssessmentReader.readFile(file, AssessmentReader.MAX_BYTES
                    + 64 * 1024), file.toString());
            if (!FORMAT.equals(envelope.path("format").textValue()) || !envelope.path("assessment").isObject()) {
                return new RecoverySnapshot(file, null, modified, null, false);
            }
            String original = envelope.path("recoveryOf").textValue();
            Instant savedAt = Instant.parse(envelope.path("savedAt").asText());
            return new RecoverySnapshot(file, original == null ? null : folder.getFileSystem().getPath(original), savedAt,
                    envelope.path("assessment").path("title").textValue(), true);
        } catch (AssessmentLoadException | DateTimeParseException | InvalidPathException e) {
            return new RecoverySnapshot(file, null, modified, null, false);
        }
    }

    private void createFolder(Path file) throws SaveException {
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                FileAttribute<?> privateFolder = PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------"));
                Files.createDirectories(folder, privateFolder);
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException | SecurityException e) {
            throw new SaveException(file, Step.CREATE_TEMP, "the recovery folder " + folder + " cannot be created: "
                    + AtomicFileWriter.reason(e, file), false, e);
        }
    }

    /**
     * {@code NAME-HASH-SESSION.recovery.json}: the document's file name, a hash of its path (or its ID when new),
     * and the run that wrote it.
     */
    static String fileName(Path originalFile, Assessment current, String session) {
        String key = originalFile != null ? "file:" + originalFile.toAbsolutePath().normalize()
                : "new:" + current.id();
        String base = originalFile != null && originalFile.getFileName() != null
                ? originalFile.getFileName().toString().replaceAll("\\.eacplan\\.json$", "") : "untitled";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return base + "-" + HexFormat.of().formatHex(hash, 0, 6) + "-" + session + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
