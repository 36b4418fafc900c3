package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eacplanner.model.CatalogSource;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's loaded catalog: kept as a copy, checked again at start, dropped when invalid or not newer. */
class CatalogStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path catalogFile(String name, String version, String reviewedOn) throws Exception {
        ObjectNode root;
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        root.put("version", version).put("reviewedOn", reviewedOn);
        Path file = dir.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(root));
        return file;
    }

    @Test
    void aNewerCatalogIsKeptAndUsedAtTheNextStartUntilTheUserGoesBack() throws Exception {
        CatalogStore store = new CatalogStore(dir.resolve("settings"));
        assertThat(store.startup()).isInstanceOf(CatalogStore.Shipped.class);
        Catalog loaded = store.install(catalogFile("new.json", "2027.01", "2027-01-10"));
        assertThat(loaded.version()).isEqualTo("2027.01");
        assertThat(loaded.source()).isEqualTo(CatalogSource.FILE);
        assertThat(store.copy()).exists();

        CatalogStore.Startup next = new CatalogStore(dir.resolve("settings")).startup();
        assertThat(next).isInstanceOf(CatalogStore.Loaded.class);
        assertThat(next.catalog().version()).isEqualTo("2027.01");

        assertThat(store.useShipped().source()).isEqualTo(CatalogSource.SHIPPED);
        assertThat(store.copy()).doesNotExist();
        assertThat(store.startup()).isInstanceOf(CatalogStore.Shipped.class);
    }

    @Test
    void aRefusedFileLeavesTheStoredCopyAsItWas() throws Exception {
        CatalogStore store = new CatalogStore(dir.resolve("settings"));
        store.install(catalogFile("new.json", "2027.01", "2027-01-10"));
        byte[] kept = Files.readAllBytes(store.copy());
        assertThatThrownBy(() -> store.install(catalogFile("old.json", "2026.09", "2026-09-01")))
                .isInstanceOf(CatalogRefusedException.class).hasMessageContaining("older than the shipped catalog");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"catalogFormat\": 1, \"version\": ");
        assertThatThrownBy(() -> store.install(broken)).isInstanceOf(CatalogRefusedException.class)
                .hasMessageContaining("not JSON");
        assertThat(Files.readAllBytes(store.copy())).isEqualTo(kept);
    }

    @Test
    void aCopyThatIsNoLongerNewerOrNoLongerValidIsDroppedAtStart() throws Exception {
        Path settings = dir.resolve("settings");
        Files.createDirectories(settings);
        // the same version and review day as the shipped catalog: accepted when loaded, dropped at the next start
        Files.copy(catalogFile("same.json", "2026.12", "2026-12-03"), settings.resolve(CatalogStore.FILE));
        CatalogStore.Startup s = new CatalogStore(settings).startup();
        assertThat(s).isInstanceOf(CatalogStore.Dropped.class);
        assertThat(s.catalog().source()).isEqualTo(CatalogSource.SHIPPED);
        assertThat(((CatalogStore.Dropped) s).reasons().get(0).message()).contains("not older than the stored catalog");
        assertThat(settings.resolve(CatalogStore.FILE)).doesNotExist();

        Files.writeString(settings.resolve(CatalogStore.FILE), "{\"catalogFormat\": 2}");
        CatalogStore.Startup bad = new CatalogStore(settings).startup();
        assertThat(bad).isInstanceOf(CatalogStore.Dropped.class);
        assertThat(((CatalogStore.Dropped) bad).reasons().get(0).message()).contains("catalog format 2; this app reads up to 1");
        assertThat(settings.resolve(CatalogStore.FILE)).doesNotExist();
    }
}
