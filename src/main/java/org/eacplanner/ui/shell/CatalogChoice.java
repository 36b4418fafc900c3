package org.eacplanner.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogFiles;
import org.eacplanner.rules.CatalogProblem;
import org.eacplanner.rules.CatalogRefusedException;
import org.eacplanner.storage.CatalogStore;
import org.eacplanner.task.TaskRunner;

/**
 * The rule catalog the app uses: the shipped one, or one the user loaded (Catalog menu), kept by a
 * {@link CatalogStore} until the user goes back. Every file operation runs on the task runner, off the FX thread;
 * {@link #catalogProperty()} changes on the FX thread. Nothing is loaded before {@link #start()} (called after the
 * first frame): until then the property is null.
 */
public final class CatalogChoice {

    /** Why a catalog file was not used, or why the stored one was dropped at start. */
    public record Refusal(Path file, List<CatalogProblem> problems, boolean droppedAtStart) {
    }

    private final CatalogStore store;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>();
    private Consumer<Refusal> onRefused = r -> { };
    private Consumer<Throwable> onError = e -> { };

    /** {@code store} null: no persistence (a loaded catalog lasts until the app closes). */
    public CatalogChoice(CatalogStore store, TaskRunner tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** The catalog in use; the shipped one (loaded now, so not on the FX thread at start) before {@link #start()}. */
    public Catalog catalog() {
        Catalog c = catalog.get();
        return c != null ? c : Catalog.shipped();
    }

    /** Who says that a file was refused, or that the stored copy was dropped (once, at start). */
    public void setOnRefused(Consumer<Refusal> handler) {
        this.onRefused = handler;
    }

    public void setOnError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** Loads the catalog in use (after the first frame): the stored copy, or the shipped one, saying why once. */
    public void start() {
        tasks.run(() -> store == null ? new CatalogStore.Shipped(Catalog.shipped()) : store.startup(), s -> {
            catalog.set(s.catalog());
            if (s instanceof CatalogStore.Dropped d) {
                onRefused.accept(new Refusal(store.copy(), d.reasons(), true));
            }
        }, onError);
    }

    /** Loads {@code file}: used (and kept) when valid and not older than the shipped catalog, else refused. */
    public void load(Path file) {
        tasks.run(() -> {
            try {
                return store == null ? CatalogFiles.load(file) : store.install(file);
            } catch (CatalogRefusedException e) {
                return new Refusal(file, e.problems(), false);
            }
        }, result -> {
            if (result instanceof Catalog c) {
                catalog.set(c);
            } else {
                onRefused.accept((Refusal) result);
            }
        }, onError);
    }

    /** Back to the shipped catalog; the stored copy is deleted. */
    public void useShipped() {
        tasks.run(() -> store == null ? Catalog.shipped() : store.useShipped(), catalog::set, onError);
    }
}
