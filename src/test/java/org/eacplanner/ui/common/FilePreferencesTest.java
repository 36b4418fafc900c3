package org.eacplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aFlushKeepsWhatAnotherInstanceSavedMeanwhile() throws Exception {
        Preferences mine = FilePreferences.in(dir);
        mine.get("theme", null);   // read before the other instance writes
        Preferences other = FilePreferences.in(dir);
        other.put("recent.0", "/tmp/b.eacplan.json");
        other.flush();
        mine.put("theme", "DARK");
        mine.sync();
        Preferences again = FilePreferences.in(dir);
        assertThat(again.get("recent.0", null)).isEqualTo("/tmp/b.eacplan.json");
        assertThat(again.get("theme", null)).isEqualTo("DARK");
        assertThat(mine.get("recent.0", null)).as("sync reads what the other saved").isEqualTo("/tmp/b.eacplan.json");
    }

    @Test
    void nodeNamesThatLookLikePathsStayNamesAndForeignFoldersAreNotNodes() throws Exception {
        Preferences root = FilePreferences.in(dir);
        root.node(".").put("k", "dot");
        root.node("..").put("k", "dotdot");
        root.node("a*b").put("k", "star");
        root.flush();
        Files.createDirectories(dir.resolve("%zz"));
        Files.createDirectories(dir.resolve(".hidden"));
        Preferences again = FilePreferences.in(dir);
        assertThat(again.childrenNames()).containsExactlyInAnyOrder(".", "..", "a*b");
        assertThat(again.node(".").get("k", null)).isEqualTo("dot");
        assertThat(again.node("..").get("k", null)).isEqualTo("dotdot");
        assertThat(dir.getParent().resolve(FilePreferences.FILE)).doesNotExist();
    }

    @Test
    void installedBeforeAnyPreferencesAreMadeItIsTheStoreOfTheProcess() throws Exception {
        // In a JVM of its own: java.util.prefs picks its store once per process.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Deacplanner.settings.dir=" + dir,
                InstallCheck.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("user root: " + FilePreferences.class.getName());
        assertThat(dir.resolve(FilePreferences.FILE)).as("written at exit by the shutdown hook").exists();
        assertThat(FilePreferences.in(dir).get("written", null)).isEqualTo("before exit");
    }

    /** Run by the test above in a JVM of its own. */
    public static final class InstallCheck {
        public static void main(String[] args) {
            FilePreferencesFactory.install();
            Preferences root = Preferences.userRoot();
            System.out.println("user root: " + root.getClass().getName());
            root.put("written", "before exit");   // never flushed here: the shutdown hook writes it
        }
    }
}
