package org.eacplanner.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.MenuBarSkin;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;
import org.eacplanner.common.BuildInfo;
import org.eacplanner.common.Messages;
import org.eacplanner.compare.Comparison;
import org.eacplanner.model.CatalogSource;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.common.ThemeManager;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.common.UiSettings.Theme;
import org.eacplanner.ui.compare.CompareAction;
import org.eacplanner.ui.compare.CompareWindow;
import org.eacplanner.ui.help.HelpPage;
import org.eacplanner.ui.help.HelpWindow;
import org.eacplanner.ui.start.StartPageView;
import org.eacplanner.ui.startup.AfterFirstFrame;
import org.eacplanner.ui.startup.MenuTitlesSkin;
import org.eacplanner.ui.wizard.Step;
import org.eacplanner.ui.wizard.WizardView;

/** The main window: menu bar, and either the start page or the wizard. */
public final class MainWindowView {

    private static final FileChooser.ExtensionFilter EACPLAN =
            new FileChooser.ExtensionFilter("EAC Migration Planner (*.eacplan.json)", "*.eacplan.json");
    private final MainWindowViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StartPageView startPage;
    private final Function<MainWindowViewModel, WizardView> wizardFactory;
    private WizardView wizardView;
    private final StringBinding title;
    private final MenuBar menuBar;
    private Consumer<Locale> onLanguage = l -> { };
    private CompareAction compare;
    private Supplier<CatalogTexts> words;
    private final ThemeManager themes;
    private CatalogChoice catalogChoice;
    private Supplier<CatalogTexts> catalogWords;
    private final Label catalogStatus = new Label();

    public MainWindowView(MainWindowViewModel vm, Messages messages, ThemeManager themes, StartPageView startPage,
            Function<MainWindowViewModel, WizardView> wizardFactory) {
        this.vm = vm;
        this.messages = messages;
        this.themes = themes;
        this.startPage = startPage;
        this.wizardFactory = wizardFactory;
        root.setId("mainWindow");
        root.getProperties().put(MainWindowView.class, this);
        root.getStyleClass().add("main-window");
        menuBar = menuBar(themes);
        root.setTop(menuBar);
        root.setCenter(startPage.root());
        vm.screenProperty().addListener((obs, old, now) -> {
            if (now == MainWindowViewModel.Screen.WIZARD) {
                root.setCenter(wizard().root());
                wizard().requestFocus();
            } else {
                root.setCenter(startPage.root());
            }
        });
        title = Bindings.createStringBinding(() -> {
            if (vm.screenProperty().get() != MainWindowViewModel.Screen.WIZARD) {
                return messages.get("app.title");
            }
            String name = vm.fileProperty().get() == null ? messages.get("title.untitled")
                    : String.valueOf(vm.fileProperty().get().path().getFileName());
            String mark = vm.modifiedProperty().get() ? messages.get("title.modified") : "";
            String readOnly = vm.fileProperty().get() != null && vm.fileProperty().get().readOnly()
                    ? messages.get("title.readOnly") : "";
            return messages.get("title.document", mark + name + readOnly, messages.get("app.title"));
        }, vm.screenProperty(), vm.fileProperty(), vm.modifiedProperty());
    }

    public Parent root() {
        return root;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** What happens when the user picks another language (the app rebuilds the window in it). */
    public void setOnLanguageChange(Consumer<Locale> handler) {
        this.onLanguage = handler;
    }

    public MainWindowViewModel viewModel() {
        return vm;
    }

    /** Asks for a file and opens it (after asking about unsaved changes). */
    public void openFile() {
        afterUnsavedChanges(() -> chooseFile("dialog.open").ifPresent(vm::open));
    }

    /** Asks for a file and opens it read-only, for review. */
    public void openForReview() {
        afterUnsavedChanges(() -> chooseFile("dialog.openReview").ifPresent(vm::openForReview));
    }

    private Optional<Path> chooseFile(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(EACPLAN);
        File f = chooser.showOpenDialog(root.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** How File → Compare compares (the composition root sets it). */
    public void setCompare(CompareAction compare,
            Supplier<CatalogTexts> words) {
        this.compare = compare;
        this.words = words;
    }

    /** Asks for the older and the newer assessment, and shows what differs in a window of its own. */
    public void compareFiles() {
        var older = chooseFile("dialog.compare.older");
        if (older.isEmpty()) {
            return;
        }
        chooseFile("dialog.compare.newer").ifPresent(newer -> compare.files(older.get(), newer, this::showComparison));
    }

    /** Shows {@code c} in a window beside the main one. */
    public void showComparison(Comparison c) {
        CompareWindow.show(root.getScene().getWindow(), themes, messages, words.get(), c);
    }

    /** Saves in place, or asks for a name when there is no writable file yet; {@code then} runs after saving. */
    public void save(Runnable then) {
        if (vm.canSaveInPlace()) {
            vm.save(null, then);
        } else {
            saveAs(then);
        }
    }

    private void saveAs(Runnable then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.saveAs"));
        chooser.getExtensionFilters().add(EACPLAN);
        String title = vm.workspace().document().assessment().title();
        chooser.setInitialFileName((title == null || title.isBlank() ? "assessment" : title.replaceAll("[^\\p{L}\\p{N} _-]+", " ")
                .trim()) + ".eacplan.json");
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().endsWith(".eacplan.json")) {
                p = p.resolveSibling(p.getFileName() + ".eacplan.json");
            }
            vm.save(p, then);
        }
    }

    /**
     * Goes on with {@code proceed} once unsaved changes are dealt with: at once when there are none; else the user
     * picks Save (the default: {@code proceed} runs after a successful save), Don't save, or Cancel (nothing runs).
     */
    public void afterUnsavedChanges(Runnable proceed) {
        if (!vm.modifiedProperty().get()) {
            proceed.run();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        ThemeManager.scale(alert.getDialogPane());
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(messages.get("unsaved.heading"));
        alert.setContentText(messages.get("unsaved.text"));
        ButtonType saveButton = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(saveButton, discard, cancel);
        Button saveNode = (Button) alert.getDialogPane().lookupButton(saveButton);
        saveNode.setId("unsavedSave");
        saveNode.setDefaultButton(true);
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscard");
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(cancel).setId("unsavedCancel");
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        if (chosen == saveButton) {
            save(proceed);
        } else if (chosen == discard) {
            vm.discardUnsaved();
            proceed.run();
        }
    }

    /** The window goes (closed, or rebuilt in another language): background work of its steps stops. */
    public void dispose() {
        if (wizardView != null) {
            wizardView.dispose();
        }
    }

    /** The wizard view, built the first time it is shown. */
    private WizardView wizard() {
        if (wizardView == null) {
            wizardView = wizardFactory.apply(vm);
        }
        return wizardView;
    }

    /**
     * The menu bar. Its first frame shows the menus' titles only ({@link MenuTitlesSkin}); the items, the popups,
     * keyboard navigation and the shortcuts come with JavaFX's own skin a frame later. Built up front, they cost
     * about a tenth of the start-up time, for menus nobody can open in the first 50 ms.
     */
    private MenuBar menuBar(ThemeManager themes) {
        Menu file = menu("menu.file");
        Menu edit = menu("menu.edit");
        Menu view = menu("menu.view");
        Menu catalogMenu = menu("menu.catalog");
        Menu helpMenu = menu("menu.help");
        MenuBar bar = new MenuBar(file, edit, view, catalogMenu, helpMenu);
        bar.setId("menuBar");
        bar.setSkin(new MenuTitlesSkin(bar));
        AfterFirstFrame.run(() -> {
            fillMenus(file, edit, view, helpMenu, themes);
            fillCatalogMenu(catalogMenu);
            bar.setSkin(new MenuBarSkin(bar));
        });
        return bar;
    }

    /** Whether the menus have their items and the menu bar its own skin (a frame after the window is shown). */
    public boolean menusReady() {
        return menuBar.getSkin() instanceof MenuBarSkin;
    }

    private void fillMenus(Menu file, Menu edit, Menu view, Menu helpMenu, ThemeManager themes) {
        MenuItem newItem = item("menu.file.new", "Shortcut+N");
        newItem.setOnAction(e -> afterUnsavedChanges(vm::newAssessment));
        MenuItem open = item("menu.file.open", "Shortcut+O");
        open.setOnAction(e -> openFile());
        MenuItem openReview = item("menu.file.openReview", null);
        openReview.setOnAction(e -> openForReview());
        MenuItem compareItem = item("menu.file.compare", null);
        compareItem.setOnAction(e -> compareFiles());
        MenuItem save = item("menu.file.save", "Shortcut+S");
        save.setOnAction(e -> save(() -> { }));
        save.disableProperty().bind(vm.screenProperty().isNotEqualTo(MainWindowViewModel.Screen.WIZARD));
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S");
        saveAs.setOnAction(e -> saveAs(() -> { }));
        saveAs.disableProperty().bind(vm.screenProperty().isNotEqualTo(MainWindowViewModel.Screen.WIZARD));
        MenuItem export = item("menu.file.export", "Shortcut+E");
        export.setOnAction(e -> vm.workspace().wizard().jumpTo(Step.EXPORT));
        export.disableProperty().bind(vm.screenProperty().isNotEqualTo(MainWindowViewModel.Screen.WIZARD));
        MenuItem startPageItem = item("menu.file.startPage", null);
        // The start page replaces the assessment (there is no way back but to open it again): ask first.
        startPageItem.setOnAction(e -> afterUnsavedChanges(vm::showStartPage));
        MenuItem exit = item("menu.file.exit", "Shortcut+Q");
        exit.setOnAction(e -> afterUnsavedChanges(() -> root.getScene().getWindow().hide()));
        file.getItems().setAll(newItem, open, openReview, compareItem, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, new SeparatorMenuItem(), startPageItem, exit);

        MenuItem undo = item("menu.edit.undo", "Shortcut+Z");
        undo.disableProperty().bind(vm.screenProperty().isNotEqualTo(MainWindowViewModel.Screen.WIZARD));
        undo.setOnAction(e -> vm.workspace().document().undo());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z");
        redo.disableProperty().bind(undo.disableProperty());
        redo.setOnAction(e -> vm.workspace().document().redo());
        edit.getItems().setAll(undo, redo);

        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.view.dark"));
        dark.setId("menu.view.dark");
        dark.setSelected(themes.themeProperty().get() == Theme.DARK);
        dark.selectedProperty().addListener((obs, was, is) -> themes.themeProperty().set(is ? Theme.DARK : Theme.LIGHT));
        MenuItem back = item("menu.view.back", "Alt+Left");
        back.setOnAction(e -> vm.workspace().wizard().back());
        back.disableProperty().bind(vm.screenProperty().isNotEqualTo(MainWindowViewModel.Screen.WIZARD));
        MenuItem next = item("menu.view.next", "Alt+Right");
        next.setOnAction(e -> vm.workspace().wizard().next());
        next.disableProperty().bind(vm.screenProperty().isNotEqualTo(MainWindowViewModel.Screen.WIZARD));
        Menu language = menu("menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale l : UiSettings.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(
                    messages.get("language." + l.getLanguage()));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(l.getLanguage().equals(messages.locale().getLanguage()));
            item.setOnAction(e -> {
                if (!l.getLanguage().equals(messages.locale().getLanguage())) {
                    onLanguage.accept(l);
                }
            });
            language.getItems().add(item);
        }
        view.getItems().setAll(back, next, new SeparatorMenuItem(), dark, language);

        MenuItem help = item("menu.help.contents", "F1");
        help.setOnAction(e -> HelpWindow.show(root.getScene().getWindow(),
                HelpPage.of(vm.workspace().wizard().current(), messages), messages));
        MenuItem about = item("menu.help.about", null);
        about.setOnAction(e -> AboutDialog.show(root.getScene().getWindow(), messages, BuildInfo.get(),
                catalogStamp()));
        helpMenu.getItems().setAll(help, about);
    }

    /**
     * The rule catalog in use: named in the status bar ({@code Catalog 2026.12 · reviewed 2026-12-03 · shipped}),
     * changed from the Catalog menu.
     */
    public void setCatalog(CatalogChoice choice, Supplier<CatalogTexts> words) {
        this.catalogChoice = choice;
        this.catalogWords = words;
        root.getProperties().put(CatalogChoice.class, choice);
        catalogStatus.setId("catalogStatus");
        catalogStatus.getStyleClass().add("status-text");
        // ControlsFX's status bar (text, progress and item slots) in place of a hand-made one
        StatusBar bar = new StatusBar();
        bar.setText("");
        bar.getLeftItems().add(catalogStatus);
        bar.setId("statusBar");
        bar.getStyleClass().add("app-status-bar");
        root.setBottom(bar);
        choice.catalogProperty().addListener((o, was, now) -> catalogStatus.setText(catalogStamp()));
        catalogStatus.setText(catalogStamp());
    }

    private String catalogStamp() {
        if (catalogChoice == null || catalogChoice.catalogProperty().get() == null) {
            return ""; // named once the catalog is loaded, after the first frame
        }
        return catalogWords.get().stamp(catalogChoice.catalogProperty().get().stamp());
    }

    private void fillCatalogMenu(Menu catalogMenu) {
        MenuItem load = item("menu.catalog.load", null);
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("catalog.load.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("catalog.load.filter"), "*.json"));
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null && catalogChoice != null) {
                catalogChoice.load(f.toPath());
            }
        });
        MenuItem shipped = item("menu.catalog.shipped", null);
        shipped.setOnAction(e -> {
            if (catalogChoice != null) {
                catalogChoice.useShipped();
            }
        });
        if (catalogChoice != null) {
            shipped.disableProperty().bind(catalogChoice.catalogProperty().map(
                    c -> c.source() == CatalogSource.SHIPPED).orElse(true));
        }
        catalogMenu.getItems().setAll(load, shipped);
    }

    private Menu menu(String key) {
        Menu m = new Menu(messages.get(key));
        m.setId(key);
        m.setMnemonicParsing(true);
        return m;
    }

    private MenuItem item(String key, String accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }
}
