package org.eacplanner.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.util.Duration;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.export.Exporter;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.CatalogStore;
import org.eacplanner.storage.RecoveryStore;
import org.eacplanner.task.ExecutorTaskRunner;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.common.ErrorDialog;
import org.eacplanner.ui.common.FilePreferences;
import org.eacplanner.ui.common.LocalTimes;
import org.eacplanner.ui.common.SettingsWriter;
import org.eacplanner.ui.common.ThemeManager;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.common.WindowStateStore;
import org.eacplanner.ui.compare.CompareAction;
import org.eacplanner.ui.export.ExportPreferences;
import org.eacplanner.ui.export.ExportServices;
import org.eacplanner.ui.probe.LiveCheckPreferences;
import org.eacplanner.ui.shell.Autosave;
import org.eacplanner.ui.shell.CatalogChoice;
import org.eacplanner.ui.shell.CatalogDialogs;
import org.eacplanner.ui.shell.MainWindowView;
import org.eacplanner.ui.shell.MainWindowViewModel;
import org.eacplanner.ui.start.Examples;
import org.eacplanner.ui.start.StartPageModel;
import org.eacplanner.ui.start.StartPageView;
import org.eacplanner.ui.startup.AfterFirstFrame;
import org.eacplanner.ui.wizard.WizardView;
import org.eacplanner.ui.wizard.Workspace;

/**
 * The composition root: creates the app's services once and hands them to the views by constructor; nothing here
 * is a static singleton, so tests can build a context with their own settings. (Some views still make their own
 * helpers: FormView its field models, the Live checks step its probe runner.)
 */
public final class AppContext {

    private final Messages messages;
    private final UiSettings settings;
    private final ThemeManager themeManager;
    private final WindowStateStore windowStateStore;
    private final Locale locale;
    private final Clock clock;
    private final Examples examples = new Examples();
    private Planner planner;
    private final TaskRunner tasks;
    private Consumer<String> linkOpener = url -> { };
    private Consumer<Path> fileOpener = path -> { };
    private ExportServices.ExportAction exportAction;
    private CatalogChoice catalogChoice;

    /** The catalog in use once the choice has one; null before (the planner then loads the shipped one). */
    private volatile Catalog catalog;
    private final List<Runnable> onCatalogChange = new CopyOnWriteArrayList<>();
    private Exporter exporter;
    private AssessmentStore store;
    private RecoveryStore recovery;
    private Duration autosaveInterval = Autosave.INTERVAL;

    public AppContext(UiSettings settings, Locale locale) {
        this(settings, locale, Clock.systemDefaultZone());
    }

    public AppContext(UiSettings settings, Locale locale, Clock clock) {
        this(settings, locale, clock, new ExecutorTaskRunner(Platform::runLater));
    }

    public AppContext(UiSettings settings, Locale locale, Clock clock, TaskRunner tasks) {
        this.tasks = tasks;
        this.locale = locale;
        this.clock = clock;
        this.settings = settings;
        this.messages = Messages.ui(locale);
        this.themeManager = new ThemeManager(settings);
        this.windowStateStore = new WindowStateStore(settings);
        CatalogStore catalogStore = settings.preferences()
                instanceof FilePreferences fp
                ? new CatalogStore(fp.folder()) : null;
        useCatalogChoice(new CatalogChoice(catalogStore, tasks));
    }

    /** Keeps a loaded catalog in {@code store} (tests: a folder of their own); call before the window is made. */
    public void useCatalogStore(CatalogStore store) {
        useCatalogChoice(new CatalogChoice(store, tasks));
    }

    /** The rule catalog in use and how the user changes it (the Catalog menu). */
    public CatalogChoice catalogChoice() {
        return catalogChoice;
    }

    private void useCatalogChoice(CatalogChoice choice) {
        this.catalogChoice = choice;
        this.catalog = choice.catalogProperty().get();
        choice.catalogProperty().addListener((o, was, now) -> {
            synchronized (this) {
                catalog = now;
                planner = null;
                store = null;
                exporter = null;
            }
            onCatalogChange.forEach(Runnable::run);
        });
    }

    public Locale locale() {
        return locale;
    }

    /** The same services in another language (the window is rebuilt; settings, clock and workers stay). */
    public AppContext inLanguage(Locale other) {
        AppContext next = new AppContext(settings, other, clock, tasks);
        next.useCatalogChoice(catalogChoice);
        next.linkOpener = linkOpener;
        next.recovery = recovery;
        next.autosaveInterval = autosaveInterval;
        next.fileOpener = fileOpener;
        next.exportAction = exportAction;
        return next;
    }

    public Messages messages() {
        return messages;
    }

    public UiSettings settings() {
        return settings;
    }

    public ThemeManager themeManager() {
        return themeManager;
    }

    public WindowStateStore windowStateStore() {
        return windowStateStore;
    }

    /**
     * Loads the rule catalog in the background (called after the first frame), so opening the wizard does not
     * read and check it on the FX thread.
     */
    public void preload() {
        tasks.run(this::planner, p -> { }, e -> ErrorDialog.show(messages, e));
        catalogChoice.start();
    }

    /** The planner (the rule catalog in use and its texts), made on first use and after the catalog changes. */
    public synchronized Planner planner() {
        if (planner == null) {
            planner = new Planner(catalog != null ? catalog : catalogChoice.catalog(),
                    new CatalogTexts(locale));
        }
        return planner;
    }

    /** How source links open (the app sets the system browser; tests leave it a no-op). */
    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener;
    }

    /** How exported files and their folders open (the app sets the desktop's handler; tests leave it a no-op). */
    public void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = opener;
    }

    /** Replaces how exports are written (tests wrap the real exporter to hold an export while they click). */
    public void setExportAction(ExportServices.ExportAction action) {
        this.exportAction = action;
    }

    /** The Export step's services for a window. */
    private ExportServices exportServices(MainWindowViewModel vm) {
        ExportServices.ExportAction action = exportAction != null ? exportAction
                : (a, asOf, format, options, target) -> exporter().exportTo(a, asOf, format, options, target);
        return new ExportServices(tasks, new ExportPreferences(settings.preferences()), action,
                path -> fileOpener.accept(path), vm.fileProperty().map(AssessmentFile::path));
    }

    /** The exporter, with the app's rule catalog, created on the first export (on a worker thread). */
    private synchronized Exporter exporter() {
        if (exporter == null) {
            exporter = new Exporter(planner().catalog());
        }
        return exporter;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Stops background work (called when the app exits). */
    public void close() {
        SettingsWriter.flushNow();
        if (tasks instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // shutting down anyway
            }
        }
    }

    /** The file store (atomic saves, the format's saving rules), created on first use. */
    public synchronized AssessmentStore store() {
        if (store == null) {
            store = new AssessmentStore(planner());
        }
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /** The recovery folder of the user (a system property may point elsewhere), created on first use. */
    public synchronized RecoveryStore recovery() {
        if (recovery == null) {
            recovery = RecoveryStore.forCurrentUser();
        }
        return recovery;
    }

    /** Tests: autosave to {@code store}, every {@code interval}. */
    public void setAutosave(RecoveryStore store, Duration interval) {
        this.recovery = store;
        this.autosaveInterval = interval;
    }

    public MainWindowView createMainWindow() {
        Consumer<Throwable> onError = e -> ErrorDialog.show(messages, e);
        MainWindowViewModel vm = new MainWindowViewModel(() -> new Workspace(planner(), clock), this::store, tasks,
                onError);
        Autosave autosave = new Autosave(this::recovery, tasks, autosaveInterval, vm::autosaveState);
        vm.setAutosave(autosave);
        vm.setOnFileUsed(path -> tasks.run(() -> {
            settings.addRecentFile(path);
            return path;
        }, p -> { }, onError));
        StartPageModel startModel = new StartPageModel(settings, this::recovery, this::store, tasks, onError);
        CompareAction compare = new CompareAction(this::store, this::planner, tasks, clock, onError);
        MainWindowView[] main = {null};
        StartPageView startPage = new StartPageView(vm, messages, examples, tasks, onError, () -> main[0].openFile(),
                startModel, (snapshot, work) -> compare.recovered(snapshot.originalFile(), work,
                        messages.get("recovery.compared", LocalTimes.dateTime(snapshot.savedAt(),
                                locale)), main[0]::showComparison));
        main[0] = new MainWindowView(vm, messages, themeManager, startPage,
                m -> new WizardView(m.workspace(), messages, planner().texts(), url -> linkOpener.accept(url),
                        new LiveCheckPreferences(settings.child("liveChecks")), exportServices(m)));
        main[0].setCompare(compare, () -> planner().texts());
        main[0].setCatalog(catalogChoice, () -> planner().texts());
        Runnable reevaluate = () -> {
            if (vm.hasWorkspace()) {
                vm.workspace().evaluation().plannerProperty().set(planner());
            }
        };
        onCatalogChange.add(reevaluate);
        catalogChoice.setOnRefused(r -> CatalogDialogs.refused(main[0].root(), messages, r));
        catalogChoice.setOnError(onError);
        vm.screenProperty().addListener((o, was, now) -> {
            if (now == MainWindowViewModel.Screen.START) {
                startModel.refresh();
            }
        });
        AfterFirstFrame.run(() -> {
            startModel.refresh();
            autosave.start();
        });
        return main[0];
    }
}
