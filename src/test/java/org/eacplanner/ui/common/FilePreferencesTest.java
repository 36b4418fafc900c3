package org.eacplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePreferencesTest {

    @TempDir
    Path dir;

    @Test
    void valuesAndChildNodesSurviveAFlushAndAreReadBackByANewStore() throws Exception {
        Preferences root = FilePreferences.in(dir);
        root.put("theme", "DARK");
        root.putDouble("window.width", 1024.5);
        root.node("liveChecks").put("proxy.host", "proxy.example.com");
        root.node("a/b c").put("key with = and : and \u00e4", "value\nwith a line break");
        root.flush();

        Preferences again = FilePreferences.in(dir);
        assertThat(again.get("theme", null)).isEqualTo("DARK");
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1024.5);
        assertThat(again.childrenNames()).containsExactlyInAnyOrder("liveChecks", "a");
        assertThat(again.node("liveChecks").get("proxy.host", null)).isEqualTo("proxy.example.com");
        assertThat(again.node("a/b c").get("key with = and : and \u00e4", null)).isEqualTo("value\nwith a line break");
        assertThat(again.keys()).containsExactlyInAnyOrder("theme", "window.width");
    }

    @Test
    void nothingIsWrittenBeforeAFlushAndRemovalsAreWritten() throws Exception {
        Preferences root = FilePreferences.in(dir);
        root.put("recent.0", "/tmp/a.eacplan.json");
        assertThat(dir.resolve(FilePreferences.FILE)).doesNotExist();
        root.flush();
        root.remove("recent.0");
        root.flush();
        assertThat(FilePreferences.in(dir).get("recent.0", null)).isNull();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(dir.resolve(FilePreferences.FILE));
        }
    }

    @Test
    void aDamagedFileCountsAsEmptyAndIsReplacedOnTheNextFlush() throws Exception {
        Files.write(dir.resolve(FilePreferences.FILE), new byte[] {'a', '=', '\\', 'u', '1'});   // a broken escape
        Preferences root = FilePreferences.in(dir);
        assertThat(root.get("a", "default")).isEqualTo("default");
        root.put("theme", "LIGHT");
        root.flush();
        assertThat(FilePreferences.in(dir).get("theme", null)).isEqualTo("LIGHT");
    }

    @Test
    void aRemovedNodeTakesItsFileAlong() throws Exception {
        Preferences child = FilePreferences.in(dir).node("export");
        child.put("paper", "A4");
        child.flush();
        assertThat(dir.resolve("export").resolve(FilePreferences.FILE)).exists();
        child.removeNode();
        assertThat(dir.resolve("export")).doesNotExist();
    }

    @Test
    void syncSeesWhatAnotherInstanceWrote() throws Exception {
        Preferences mine = FilePreferences.in(dir);
        assertThat(mine.get("language", null)).isNull();
        Preferences other = FilePreferences.in(dir);
        other.put("language", "de");
        other.flush();
        mine.sync();
        assertThat(mine.get("language", null)).isEqualTo("de");
    }

    @Test
    void theFolderFollowsEachSystemsConvention() {
        FileSystem fs = com.google.common.jimfs.Jimfs.newFileSystem(com.google.common.jimfs.Configuration.unix());
        assertThat(FilePreferences.defaultFolder(fs, "Linux", Map.of(), "/home/ana").toString())
                .isEqualTo("/home/ana/.config/eac-planner");
        assertThat(FilePreferences.defaultFolder(fs, "Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/ana").toString())
                .isEqualTo("/cfg/eac-planner");
        assertThat(FilePreferences.defaultFolder(fs, "Mac OS X", Map.of(), "/Users/ana").toString())
                .isEqualTo("/Users/ana/Library/Application Support/EAC Migration Planner/Settings");
    }
}
