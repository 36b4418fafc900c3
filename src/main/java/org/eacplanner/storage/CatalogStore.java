package org.eacplanner.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogFiles;
import org.eacplanner.rules.CatalogProblem;
import org.eacplanner.rules.CatalogRefusedException;

/**
 * The desktop app's loaded rule catalog: a copy of the file the user loaded, kept in the settings folder as
 * {@code catalog.json} and used until the user goes back to the shipped catalog. At start the copy is checked
 * again; when it no longer validates or is not newer than the shipped catalog, it is deleted and the shipped
 * catalog is used (and the caller says so once). Blocking file I/O: call it off the FX thread.
 */
public final class CatalogStore {

    public static final String FILE = "catalog.json";

    private final Path folder;
    private final AtomicFileWriter writer = new AtomicFileWriter();

    public CatalogStore(Path folder) {
        this.folder = folder;
    }

    /** Where the copy is kept. */
    public Path copy() {
        return folder.resolve(FILE);
    }

    /** What the app starts with: the shipped catalog, the stored copy, or the shipped one after dropping the copy. */
    public sealed interface Startup {
        Catalog catalog();
    }

    /** No copy is stored. */
    public record Shipped(Catalog catalog) implements Startup {
    }

    /** The stored copy, valid and newer than the shipped catalog. */
    public record Loaded(Catalog catalog) implements Startup {
    }

    /** The stored copy was dropped (deleted) for {@code reasons}; the shipped catalog is used. */
    public record Dropped(Catalog catalog, List<CatalogProblem> reasons) implements Startup {
    }

    /** Checks the stored copy, as at start. */
    public Startup startup() {
        Path copy = copy();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(copy);
        } catch (NoSuchFileException e) {
            return new Shipped(Catalog.shipped());
        } catch (IOException e) {
            return drop(List.of(new CatalogProblem("$", "cannot read " + copy + ": " + e.getMessage())));
        }
        try {
            Catalog loaded = CatalogFiles.load(bytes);
            if (!CatalogFiles.isNewerThanShipped(loaded)) {
                Catalog shipped = Catalog.shipped();
                return drop(List.of(new CatalogProblem("$.version", "the app now ships catalog " + shipped.version()
                        + " reviewed " + shipped.reviewedOn() + ", not older than the stored catalog "
                        + loaded.version() + " reviewed " + loaded.reviewedOn())));
            }
            return new Loaded(loaded);
        } catch (CatalogRefusedException e) {
            return drop(e.problems());
        } catch (IOException e) {
            return drop(List.of(new CatalogProblem("$", e.getMessage())));
        }
    }

    private Dropped drop(List<CatalogProblem> reasons) {
        try {
            Files.deleteIfExists(copy());
        } catch (IOException e) {
            // the copy is refused at every start until it can be deleted; the shipped catalog is used meanwhile
        }
        return new Dropped(Catalog.shipped(), reasons);
    }

    /**
     * Validates {@code file} and, when it is accepted, keeps a copy of it and returns the catalog; a refused or
     * unreadable file leaves the stored copy as it was.
     */
    public Catalog install(Path file) throws IOException, CatalogRefusedException, SaveException {
        if (Files.size(file) > CatalogFiles.MAX_BYTES) {
            return CatalogFiles.load(file); // refuses it, with the reason
        }
        byte[] bytes = Files.readAllBytes(file);
        Catalog catalog = CatalogFiles.load(bytes);
        Files.createDirectories(folder);
        writer.write(copy(), bytes, false);
        return catalog;
    }

    /** Back to the shipped catalog: deletes the copy. */
    public Catalog useShipped() throws IOException {
        Files.deleteIfExists(copy());
        return Catalog.shipped();
    }
}
