package org.eacplanner.ui.probe;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.eacplanner.common.Messages;
import org.eacplanner.model.ProbeId;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.ui.common.DataText;
import org.eacplanner.ui.common.Focus;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.common.Labels;
import org.eacplanner.ui.common.ThemeManager;
import org.eacplanner.ui.probe.LiveChecksViewModel.Row;
import org.eacplanner.ui.probe.LiveChecksViewModel.State;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Live checks and import step: the import from Exchange ({@link ExchangeImportPane}), inputs, network preferences, the approved-CA list, the probes to run, Run and Cancel,
 * the step tree with outcome icon and word, the selected row's evidence and advice, and the proposed answers.
 * It only binds: what happens is in {@link LiveChecksViewModel}. Texts reported by the probes (step names,
 * reasons, evidence, values) are marked as data ({@link DataText}).
 */
public final class LiveChecksStepView {

    private final LiveChecksViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(16);
    private final TreeTableView<Row> tree = new TreeTableView<>();
    private final VBox details = new VBox(6);

    public LiveChecksStepView(LiveChecksViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.setId("liveChecksStep");
        root.getStyleClass().add("live-checks");
        root.getProperties().put(LiveChecksViewModel.class, vm);
        ProposalsPane review = new ProposalsPane(vm.proposals(), messages);
        Node reviewPane = review.root();
        root.getChildren().addAll(new ExchangeImportPane(vm.exchangeImport(), messages, vm.tasks(), review::focusFirst)
                .root(), heading("live.section"), inputs(), advanced(), network(), approvedRoots(), probes(), actions(),
                OfflineBanner.of(vm, messages), tree(), details, reviewPane);
    }

    public Node root() {
        return root;
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    private Node inputs() {
        VBox grid = form();
        addRow(grid, "email", "live.email", new TextField(), vm.inputs().emailProperty());
        addRow(grid, "tenant", "live.tenant", new TextField(), vm.inputs().tenantProperty());
        addRow(grid, "ewsUrl", "live.ewsUrl", new TextField(), vm.inputs().ewsUrlProperty());
        addRow(grid, "myDomain", "live.myDomain", new TextField(), vm.inputs().myDomainProperty());
        prompt(addRow(grid, "serviceAccount", "live.serviceAccount", new TextField(), vm.inputs().serviceAccountProperty()),
                "live.serviceAccount.prompt");
        prompt(addRow(grid, "targetMailbox", "live.targetMailbox", new TextField(), vm.inputs().targetMailboxProperty()),
                "live.optional.prompt");
        prompt(addRow(grid, "password", "live.password", new PasswordField(), vm.inputs().passwordProperty()),
                "live.password.prompt");
        prompt(addRow(grid, "token", "live.token", new PasswordField(), vm.inputs().tokenProperty()), "live.token.prompt");
        grid.getChildren().add(Labels.muted(messages.get("live.secrets.note")));
        return grid;
    }

    private Node advanced() {
        VBox grid = form();
        addRow(grid, "autodiscoverUrl", "live.autodiscoverUrl", new TextField(), vm.inputs().autodiscoverUrlProperty());
        addRow(grid, "authority", "live.authority", new TextField(), vm.inputs().authorityProperty());
        addRow(grid, "dnsServer", "live.dnsServer", new TextField(), vm.inputs().dnsServerProperty());
        addRow(grid, "salesforceUrl", "live.salesforceUrl", new TextField(), vm.inputs().salesforceUrlProperty());
        VBox box = new VBox(8, Labels.muted(messages.get("live.advanced.intro")), grid);
        return titled("liveAdvanced", "live.advanced", box);
    }

    private Node network() {
        VBox grid = form();
        ComboBox<ProxySettings.Mode> mode = new ComboBox<>();
        mode.getItems().setAll(ProxySettings.Mode.values());
        mode.setButtonCell(new ModeCell());
        mode.setCellFactory(l -> new ModeCell());
        mode.valueProperty().bindBidirectional(vm.settings().proxyModeProperty());
        addRow(grid, "proxyMode", "live.proxy", mode, null);
        Node host = addRow(grid, "proxyHost", "live.proxyHost", new TextField(), vm.settings().proxyHostProperty());
        Node port = addRow(grid, "proxyPort", "live.proxyPort", new TextField(), vm.settings().proxyPortProperty());
        Node user = addRow(grid, "proxyUser", "live.proxyUser", new TextField(), vm.settings().proxyUserProperty());
        Node pass = addRow(grid, "proxyPassword", "live.proxyPassword", new PasswordField(), vm.inputs().proxyPasswordProperty());
        for (Node n : List.of(host, port, user, pass)) {
            n.disableProperty().bind(vm.settings().proxyModeProperty().isNotEqualTo(ProxySettings.Mode.MANUAL));
        }
        TextField ca = new TextField();
        Button browse = new Button(messages.get("live.trustCa.browse"));
        browse.setId("trustCaBrowse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("live.trustCa"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("live.filter.pem"),
                    "*.pem", "*.crt", "*.cer"));
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.settings().trustCaPathProperty().set(f.getAbsolutePath());
            }
        });
        browse.setMinWidth(Control.USE_PREF_SIZE);
        addRow(grid, "trustCa", "live.trustCa", ca, vm.settings().trustCaPathProperty(), browse);
        addRow(grid, "connectTimeout", "live.connectTimeout", new TextField(), vm.settings().connectTimeoutProperty());
        addRow(grid, "readTimeout", "live.readTimeout", new TextField(), vm.settings().readTimeoutProperty());
        VBox box = new VBox(8, Labels.muted(messages.get("live.network.intro")), grid);
        return titled("liveNetwork", "live.network", box);
    }

    private Node approvedRoots() {
        Button load = new Button(messages.get("live.roots.load"));
        load.setId("loadApprovedRoots");
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("live.roots.dialog"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.get("live.filter.roots"), "*.html", "*.htm", "*.jsp", "*.pem",
                            "*.crt", "*.txt"),
                    new FileChooser.ExtensionFilter(messages.get("live.filter.all"), "*"));
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                vm.approvedRoots().load(f.toPath(), taken -> { });
            }
        });
        Label info = new Label();
        info.setId("approvedRootsInfo");
        info.setWrapText(true);
        info.textProperty().bind(vm.approvedRoots().infoProperty());
        DataText.mark(info); // the list's own file name and date
        Label error = new Label();
        error.setId("approvedRootsError");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.approvedRoots().errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        DataText.mark(error);
        load.setMinWidth(Control.USE_PREF_SIZE);
        return new VBox(6, heading("live.roots.title"), info, load, error);
    }

    private Node probes() {
        CheckBox all = new CheckBox(messages.get("live.probes.all"));
        all.setId("probe-ALL");
        all.setSelected(true);
        all.setOnAction(e -> vm.inputs().selectAll(all.isSelected()));
        FlowPane boxes = new FlowPane(16, 8);
        for (ProbeId id : ProbeId.values()) {
            CheckBox box = new CheckBox(probeName(id));
            box.setId("probe-" + id.name());
            box.selectedProperty().bindBidirectional(vm.inputs().selectedProperty(id));
            boxes.getChildren().add(box);
        }
        return new VBox(8, heading("live.probes.title"), all, boxes);
    }

    private Node actions() {
        Button run = new Button(messages.get("live.run"), Icons.of(Material2MZ.PLAY_ARROW));
        run.setId("liveRun");
        run.getStyleClass().add("accent");
        Button cancel = new Button(messages.get("live.cancel"), Icons.of(Material2MZ.STOP));
        cancel.setId("liveCancel");
        Focus.passBetween(vm.runningProperty(), run, cancel); // before the buttons' disable bindings
        run.disableProperty().bind(vm.canRunBinding().not());
        run.setOnAction(e -> vm.run());
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.runningProperty());
        busy.setAccessibleText(messages.get("live.state.RUNNING"));
        Label status = new Label();
        status.setId("liveStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        DataText.mark(status); // may carry a reason from the probe package
        run.setMinWidth(Control.USE_PREF_SIZE);
        cancel.setMinWidth(Control.USE_PREF_SIZE);
        HBox row = new HBox(10, run, cancel, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, Labels.muted(messages.get("live.desktopNote")), row, status);
    }

    // ---- the step tree ------------------------------------------------------------------------------------

    private Node tree() {
        tree.setId("liveTree");
        tree.setRoot(vm.tree());
        tree.setShowRoot(false);
        tree.setPrefHeight(300);
        tree.setMinHeight(200);
        tree.setAccessibleText(messages.get("live.tree"));
        tree.setPlaceholder(new Label(messages.get("live.tree.empty")));
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY); // too narrow: the tree scrolls sideways
        TreeTableColumn<Row, Row> name = column("live.col.check", 200, 120);
        name.setCellFactory(c -> new NameCell());
        TreeTableColumn<Row, Row> outcome = column("live.col.outcome", 135, 125);
        outcome.setCellFactory(c -> new OutcomeCell());
        TreeTableColumn<Row, Row> time = column("live.col.time", 85, 75);
        time.setCellFactory(c -> new TimeCell());
        TreeTableColumn<Row, Row> reason = column("live.col.reason", 200, 150);
        reason.setCellFactory(c -> new ReasonCell());
        tree.getColumns().setAll(List.of(name, outcome, time, reason));
        tree.widthProperty().addListener((o, old, w) -> reason.setPrefWidth(Math.max(reason.getMinWidth(),
                w.doubleValue() - name.getWidth() - outcome.getWidth() - time.getWidth() - 18)));
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showDetails(now));
        vm.tree().getChildren().addListener((ListChangeListener<TreeItem<Row>>) c -> showDetails(null));
        details.setId("liveDetails");
        details.getStyleClass().add("live-details");
        showDetails(null);
        return tree;
    }

    /** A column whose widths grow with the text scale, so the outcome word is never cut off (the tree scrolls). */
    private TreeTableColumn<Row, Row> column(String key, double width, double min) {
        double scale = ThemeManager.fontScale();
        TreeTableColumn<Row, Row> c = new TreeTableColumn<>(messages.get(key));
        c.setPrefWidth(width * scale);
        c.setMinWidth(min * scale);
        c.setSortable(false);
        c.setCellValueFactory(f -> f.getValue().valueProperty());
        return c;
    }

    private void showDetails(TreeItem<Row> item) {
        details.getChildren().clear();
        Row row = item == null ? null : item.getValue();
        details.setVisible(row != null);
        details.setManaged(row != null);
        if (row == null) {
            return;
        }
        details.getChildren().add(heading(row.isProbe() ? "live.details.probe" : "live.details.step"));
        if (row.isProbe() && row.target() != null) {
            details.getChildren().add(pair("live.details.target", row.target()));
        }
        if (row.reason() != null) {
            details.getChildren().add(pair("live.details.reason", row.reason()));
        }
        if (row.advice() != null) {
            details.getChildren().add(pair("live.details.advice", row.advice()));
        }
        List<String> evidence = row.evidenceLines();
        if (!evidence.isEmpty()) {
            Label title = new Label(messages.get("live.details.evidence"));
            title.getStyleClass().add("text-bold");
            details.getChildren().add(title);
            for (String line : evidence) {
                Label l = DataText.mark(new Label(line));
                l.setWrapText(true);
                l.getStyleClass().add("live-evidence");
                details.getChildren().add(l);
            }
        }
    }

    private Node pair(String key, String value) {
        Label k = new Label(messages.get(key));
        k.getStyleClass().add("text-bold");
        k.setMinWidth(Control.USE_PREF_SIZE);
        Label v = DataText.mark(new Label(value));
        v.setWrapText(true);
        HBox box = new HBox(8, k, v);
        HBox.setHgrow(v, Priority.ALWAYS);
        return box;
    }

    /** The probe's name (bundle) or the step's name (data, from the probe). */
    private final class NameCell extends TreeTableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            boolean data = !empty && row != null && !row.isProbe();
            DataText.set(this, data);
            String text = empty || row == null ? null : row.isProbe() ? probeName(row.probe()) : row.step().name();
            setText(text);
            setTooltip(data ? new Tooltip(text) : null);
        }
    }

    /** Outcome icon and word (never colour alone); a running indicator while the probe runs. */
    private final class OutcomeCell extends TreeTableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row.state() != State.DONE) {
                setText(messages.get("live.state." + row.state().name()));
                if (row.state() == State.RUNNING) {
                    ProgressIndicator p = new ProgressIndicator();
                    p.setPrefSize(14, 14);
                    p.setMaxSize(14, 14);
                    setGraphic(p);
                } else {
                    setGraphic(Icons.of(Material2MZ.SCHEDULE));
                }
                return;
            }
            String word = row.cancelled() ? "CANCELLED" : row.outcome() == null ? null : row.outcome().name();
            setText(word == null ? null : messages.get("live.outcome." + word));
            setGraphic(word == null ? null : outcomeIcon(word));
        }
    }

    private final class TimeCell extends TreeTableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            Long ms = empty || row == null ? null : row.elapsedMs();
            setText(ms == null ? null : ms < 1000 ? messages.get("live.elapsed.ms", ms)
                    : messages.get("live.elapsed.s", ms / 1000.0));
        }
    }

    /** The reason (from the probe: data) or, for a probe that passed, its target. */
    private final class ReasonCell extends TreeTableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            DataText.set(this, true);
            String text = empty || row == null ? null : row.reason() != null ? row.reason() : row.isProbe() ? row.target() : null;
            setText(text);
            setTooltip(text == null ? null : new Tooltip(text));
        }
    }

    private static FontIcon outcomeIcon(String word) {
        Ikon ikon = switch (word) {
            case "PASS" -> Material2AL.CHECK_CIRCLE;
            case "WARN" -> Material2MZ.WARNING;
            case "FAIL" -> Material2AL.CANCEL;
            case "ERROR" -> Material2AL.ERROR;
            case "SKIPPED" -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            default -> Material2MZ.STOP_CIRCLE;
        };
        FontIcon icon = Icons.of(ikon);
        icon.getStyleClass().add("outcome-" + word.toLowerCase(Locale.ROOT));
        return icon;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private String probeName(ProbeId id) {
        return messages.get("live.probe." + id.name());
    }

    /** A form of rows, each a label above its input: fits any width and any font size. */
    private static VBox form() {
        VBox form = new VBox(10);
        form.getStyleClass().add("live-form");
        return form;
    }

    /** A label and its input; the label names the input for screen readers. Returns the input. */
    private Control addRow(VBox form, String id, String key, Control input, StringProperty value) {
        return addRow(form, id, key, input, value, null);
    }

    private Control addRow(VBox form, String id, String key, Control input, StringProperty value, Node beside) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(input);
        label.setMnemonicParsing(false);
        label.setWrapText(true);
        label.getStyleClass().add("field-label");
        input.setId("live-" + id);
        input.setAccessibleText(messages.get(key));
        input.setMaxWidth(560);
        if (value != null && input instanceof TextInputControl t) {
            t.textProperty().bindBidirectional(value);
        }
        Node field = input;
        if (beside != null) {
            HBox box = new HBox(8, input, beside);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(input, Priority.ALWAYS);
            field = box;
        }
        VBox row = new VBox(4, label, field);
        form.getChildren().add(row);
        return input;
    }

    private void prompt(Control input, String key) {
        ((TextInputControl) input).setPromptText(messages.get(key));
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private TitledPane titled(String id, String key, Node content) {
        TitledPane pane = new TitledPane(messages.get(key), content);
        pane.setId(id);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private final class ModeCell extends ListCell<ProxySettings.Mode> {
        @Override
        protected void updateItem(ProxySettings.Mode m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : messages.get("live.proxy." + m.name()));
        }
    }
}
