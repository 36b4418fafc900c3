package org.eacplanner.ui.probe;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.eacplanner.common.Messages;
import org.eacplanner.exchange.Collectors;
import org.eacplanner.exchange.ExchangeImport;
import org.eacplanner.exchange.ImportProposals;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.common.DataText;
import org.eacplanner.ui.common.Labels;

/**
 * "Import from Exchange": the two read-only collector blocks (copy, or save as a script), the buttons and the drop
 * target that import what they wrote, and the files read and not used. The proposals go to the step's one review.
 */
final class ExchangeImportPane {

    private final ExchangeImportViewModel vm;
    private final Messages messages;
    private final TaskRunner tasks;
    private final VBox root = new VBox(10);
    private final VBox outcome = new VBox(4);
    private final Label note = new Label();
    private final Runnable review;

    /** {@code review} moves the focus (and so the view) to the step's proposed answers. */
    ExchangeImportPane(ExchangeImportViewModel vm, Messages messages, TaskRunner tasks, Runnable review) {
        this.vm = vm;
        this.messages = messages;
        this.tasks = tasks;
        this.review = review;
    }

    Node root() {
        root.setId("exchangeImport");
        root.getStyleClass().add("exchange-import");
        Label heading = new Label(messages.get("import.title"));
        heading.getStyleClass().add("title-4");
        Label intro = Labels.muted(messages.get("import.intro"));
        Button files = new Button(messages.get("import.files"));
        files.setId("importExchangeFiles");
        files.setOnAction(e -> chooseFiles());
        Button folder = new Button(messages.get("import.folder"));
        folder.setId("importExchangeFolder");
        folder.setOnAction(e -> chooseFolder());
        for (Button b : List.of(files, folder)) {
            b.setMinWidth(Control.USE_PREF_SIZE);
            b.disableProperty().bind(vm.readingProperty());
        }
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.readingProperty());
        busy.setAccessibleText(messages.get("import.status.reading"));
        note.setId("importNote");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        vm.summaryProperty().addListener((o, before, now) -> note.setText(now));
        outcome.setId("importOutcome");
        vm.resultProperty().addListener((o, before, now) -> showOutcome(now));
        root.getChildren().addAll(heading, intro, block(Collectors.ON_PREMISES, "import.onPremises"),
                block(Collectors.EXCHANGE_ONLINE, "import.online"), new FlowPane(10, 8, files, folder, busy),
                Labels.muted(messages.get("import.drop")), note, outcome);
        acceptDrops();
        return root;
    }

    private Node block(Collectors collector, String titleKey) {
        TextArea script = new TextArea(collector.script().replace("\r\n", "\n"));
        script.setId("collector-" + collector.name());
        script.setEditable(false);
        script.setWrapText(false);
        script.setPrefRowCount(10);
        script.getStyleClass().add("collector-script");
        script.setAccessibleText(messages.get(titleKey));
        DataText.mark(script); // PowerShell, not prose: never translated
        Button copy = new Button(messages.get("import.copy"));
        copy.setId("copy-" + collector.name());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(collector.script());
            Clipboard.getSystemClipboard().setContent(content);
            note.setText(messages.get("import.copied"));
        });
        Button save = new Button(messages.get("import.saveScript"));
        save.setId("saveScript-" + collector.name());
        save.setOnAction(e -> saveScript(collector));
        for (Button b : List.of(copy, save)) {
            b.setMinWidth(Control.USE_PREF_SIZE);
        }
        TitledPane pane = new TitledPane(messages.get(titleKey), new VBox(8, script, new FlowPane(10, 8, copy, save)));
        pane.setId("collectorPane-" + collector.name());
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private void saveScript(Collectors collector) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.saveScript.dialog"));
        chooser.setInitialFileName(collector.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.filter.script"), "*.ps1"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f == null) {
            return;
        }
        Path target = f.toPath();
        // with a byte-order mark, so Windows PowerShell 5.1 reads the script as UTF-8
        byte[] bytes = ("\uFEFF" + collector.script()).getBytes(StandardCharsets.UTF_8);
        tasks.run(() -> Files.write(target, bytes), p -> note.setText(messages.get("import.saveScript.saved", target)),
                ex -> note.setText(messages.get("import.saveScript.failed", ex.getMessage() == null ? ex.toString()
                        : ex.getMessage())));
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.files.dialog"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.filter"), "*.zip",
                "*.xml"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.read(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.folder.dialog"));
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            vm.read(List.of(chosen.toPath()));
        }
    }

    private void acceptDrops() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.readingProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles();
            if (taken) {
                vm.read(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private void showOutcome(ExchangeImport.Result r) {
        outcome.getChildren().clear();
        if (r == null) {
            return;
        }
        if (!r.sources().isEmpty()) {
            VBox read = new VBox(2);
            for (ExchangeImport.Source s : r.sources()) {
                read.getChildren().add(DataText.mark(Labels.muted(messages.get("import.read.item",
                        ImportProposals.fileName(s.file()), s.kind(), s.objects()))));
            }
            TitledPane files = new TitledPane(messages.get("import.read.title", r.sources().size()), read);
            files.setId("importFilesRead");
            files.setExpanded(false);
            files.setAnimated(false);
            outcome.getChildren().add(files);
        }
        if (!r.ignored().isEmpty()) {
            outcome.getChildren().add(Labels.bold(messages.get("import.ignored.title")));
            for (ExchangeImport.Ignored i : r.ignored()) {
                Label l = DataText.mark(Labels.muted(messages.get("import.ignored.item", ImportProposals.fileName(i.file()), i.reason())));
                l.getStyleClass().add("warning");
                outcome.getChildren().add(l);
            }
        }
        if (!r.sources().isEmpty() && vm.offeredProperty().get() == 0) {
            outcome.getChildren().add(Labels.muted(messages.get("import.none")));
        } else if (vm.offeredProperty().get() > 0) {
            review.run(); // what the admin came for: the answers to accept or reject
        }
    }
}
