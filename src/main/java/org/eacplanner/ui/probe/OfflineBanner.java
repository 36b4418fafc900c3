package org.eacplanner.ui.probe;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.probe.NetworkCheck;
import org.eacplanner.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Live checks step's one diagnosis when the network pre-check found this computer offline, instead of a failure
 * per check. Its title and text wrap (large text, narrow windows).
 */
final class OfflineBanner {

    private OfflineBanner() {
    }

    static Node of(LiveChecksViewModel vm, Messages messages) {
        Label title = wrapped(messages.get("live.offline.title"));
        title.getStyleClass().add("offline-title");
        Label text = wrapped("");
        text.setId("liveOfflineText");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            NetworkCheck.Verdict v = vm.offlineProperty().get();
            if (v == null) {
                return "";
            }
            String names = String.join(", ", v.tried());
            return v.viaSystemResolver() ? messages.get("live.offline.system", names)
                    : messages.get("live.offline.server", names, v.resolver());
        }, vm.offlineProperty()));
        // the text below the icon and title, as wide as the banner: a wrapped label in a row would be laid out
        // for the row's guess of its width and grow far too tall
        HBox heading = new HBox(10, Icons.of(Material2AL.CLOUD_OFF), title);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        VBox banner = new VBox(6, heading, text);
        banner.setId("liveOffline");
        banner.getStyleClass().add("offline-banner");
        banner.visibleProperty().bind(vm.offlineProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setAccessibleText(title.getText());
        return banner;
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
