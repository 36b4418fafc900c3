package org.eacplanner.ui.probe;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import org.eacplanner.common.Messages;
import org.eacplanner.probe.NetworkCheck;
import org.eacplanner.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/** The Live checks step's diagnosis when the network pre-check found this computer offline. */
final class OfflineBanner {

    private OfflineBanner() {
    }

    /** One diagnosis when the last run found this computer offline, instead of a failure per check. */
    static Node of(LiveChecksViewModel vm, Messages messages) {
        Message banner = new Message(messages.get("live.offline.title"), "", Icons.of(Material2AL.CLOUD_OFF));
        banner.setId("liveOffline");
        banner.getStyleClass().add(Styles.WARNING);
        banner.descriptionProperty().bind(Bindings.createStringBinding(() -> {
            NetworkCheck.Verdict v = vm.offlineProperty().get();
            if (v == null) {
                return "";
            }
            String names = String.join(", ", v.tried());
            return v.viaSystemResolver() ? messages.get("live.offline.system", names)
                    : messages.get("live.offline.server", names, v.resolver());
        }, vm.offlineProperty()));
        banner.visibleProperty().bind(vm.offlineProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setAccessibleText(messages.get("live.offline.title"));
        return banner;
    }
}
