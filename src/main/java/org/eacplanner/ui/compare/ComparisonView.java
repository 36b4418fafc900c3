package org.eacplanner.ui.compare;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.compare.ChecklistChange;
import org.eacplanner.compare.Comparison;
import org.eacplanner.compare.FindingChange;
import org.eacplanner.compare.FindingState;
import org.eacplanner.compare.InventoryChange;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.common.SeverityIcons;

/**
 * A comparison of two assessments, read-only: both sides, then what differs in the findings (added, removed,
 * changed, each with severity word and icon), the checklist and the inventory, in the order and with the
 * matching of {@code product.md} (the same {@link Comparison} the command line prints).
 */
public final class ComparisonView {

    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Messages messages;
    private final CatalogTexts words;

    public ComparisonView(Comparison c, Messages messages, CatalogTexts words) {
        this.messages = messages;
        this.words = words;
        root.setId("comparison");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        content.setPadding(new Insets(16, 20, 16, 20));
        content.getStyleClass().add("comparison");

        heading("compare.heading");
        line("compareAsOf", messages.get("compare.asOf", words.display(c.asOf()), c.catalogVersion()), "text-muted");
        line("compareOld", messages.get("compare.old", side(c.before())), null);
        line("compareNew", messages.get("compare.new", side(c.after())), null);
        if (c.isEmpty()) {
            line("compareNone", messages.get("compare.none"), "compare-none");
            return;
        }
        var f = c.findings();
        heading("compare.findings");
        line("compareFindingCounts", messages.get("compare.findings.counts", f.added().size(), f.removed().size(),
                f.changed().size()), "text-muted");
        f.added().forEach(x -> finding("compare.added", x));
        f.removed().forEach(x -> finding("compare.removed", x));
        f.changed().forEach(this::changed);
        heading("compare.checklist");
        if (c.checklist().isEmpty()) {
            line(null, messages.get("compare.nothing"), "text-muted");
        }
        for (ChecklistChange ch : c.checklist()) {
            line("checklist-" + ch.itemId() + "-" + ch.field(), messages.get("compare.checklist.change",
                    words.itemTitle(ch.itemId(), Catalog.shipped()), ch.itemId(), ch.field(), value(ch.beforeText()), value(ch.afterText())),
                    "compare-change");
        }
        heading("compare.inventory");
        if (c.inventory().isEmpty()) {
            line(null, messages.get("compare.nothing"), "text-muted");
        }
        for (InventoryChange ch : c.inventory()) {
            line("inventory-" + ch.path(), messages.get("compare.inventory.change", ch.path(), value(ch.beforeText()),
                    value(ch.afterText())), "compare-change");
        }
    }

    public Parent root() {
        return root;
    }

    private String side(Comparison.Side s) {
        String title = s.title() == null || s.title().isBlank() ? messages.get("title.untitled") : s.title();
        String updated = s.updatedAt() == null ? "\u2014" : words.display(s.updatedAt()
                .atZone(ZoneId.systemDefault()).toLocalDate());
        return messages.get("compare.side", title, s.file(), updated);
    }

    private void finding(String key, Finding x) {
        String accepted = x.accepted() ? " \u00b7 " + messages.get("findings.accepted") : "";
        Label l = line("finding-" + key.substring(key.indexOf('.') + 1) + "-" + x.ruleId(), messages.get(key,
                words.severity(x.severity()) + accepted, x.title(), x.ruleId()), "compare-finding");
        l.setGraphic(SeverityIcons.of(x.severity()));
    }

    private void changed(FindingChange ch) {
        Label l = line("finding-changed-" + ch.ruleId(), messages.get("compare.changed", ch.ruleId(),
                state(ch.before()), state(ch.after())), "compare-finding");
        l.setGraphic(SeverityIcons.of(ch.after().severity()));
    }

    private String state(FindingState s) {
        String deadline = s.deadline() == null ? "" : ", " + messages.get("compare.deadline", words.display(s.deadline()));
        return words.severity(s.severity()) + deadline + (s.accepted() ? ", " + messages.get("findings.accepted") : "");
    }

    private String value(String v) {
        return v == null ? messages.get("compare.empty") : v;
    }

    private void heading(String key) {
        Label h = new Label(messages.get(key));
        h.getStyleClass().add(content.getChildren().isEmpty() ? "title-2" : "title-4");
        h.setPadding(new Insets(content.getChildren().isEmpty() ? 0 : 8, 0, 0, 0));
        content.getChildren().add(h);
    }

    private Label line(String id, String text, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setGraphicTextGap(8);
        l.setAlignment(Pos.TOP_LEFT);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        content.getChildren().add(l);
        return l;
    }
}
