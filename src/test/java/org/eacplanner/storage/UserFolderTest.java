package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFolderTest {

    @Test
    void theRecoveryFolderFollowsEachOperatingSystemsConvention() throws Exception {
        try (FileSystem unix = Jimfs.newFileSystem(Configuration.unix());
                FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            UserFolder r = UserFolder.RECOVERY;
            assertThat(r.path(unix, "Linux", Map.of("XDG_DATA_HOME", "/data/kim"), "/home/kim"))
                    .hasToString("/data/kim/eac-planner/recovery");
            assertThat(r.path(unix, "Linux", Map.of(), "/home/kim"))
                    .hasToString("/home/kim/.local/share/eac-planner/recovery");
            assertThat(r.path(unix, "Linux", Map.of("XDG_DATA_HOME", "relative/ignored"), "/home/kim"))
                    .as("the XDG spec ignores a relative path").hasToString("/home/kim/.local/share/eac-planner/recovery");
            assertThat(r.path(unix, "Mac OS X", Map.of(), "/Users/kim"))
                    .hasToString("/Users/kim/Library/Application Support/EAC Migration Planner/Recovery");
            assertThat(r.path(windows, "Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\kim\\AppData\\Local"),
                    "C:\\Users\\kim")).hasToString("C:\\Users\\kim\\AppData\\Local\\EAC Migration Planner\\Recovery");
            assertThat(r.path(windows, "Windows 11", Map.of(), "C:\\Users\\kim"))
                    .hasToString("C:\\Users\\kim\\AppData\\Local\\EAC Migration Planner\\Recovery");
        }
    }

    @Test
    void theSettingsFolderFollowsEachOperatingSystemsConvention() throws Exception {
        try (FileSystem unix = Jimfs.newFileSystem(Configuration.unix());
                FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            UserFolder s = UserFolder.SETTINGS;
            assertThat(s.path(unix, "Linux", Map.of(), "/home/ana")).hasToString("/home/ana/.config/eac-planner");
            assertThat(s.path(unix, "Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/ana"))
                    .hasToString("/cfg/eac-planner");
            assertThat(s.path(unix, "Linux", Map.of("XDG_CONFIG_HOME", "cfg"), "/home/ana"))
                    .as("the XDG spec ignores a relative path").hasToString("/home/ana/.config/eac-planner");
            assertThat(s.path(unix, "Mac OS X", Map.of(), "/Users/ana"))
                    .hasToString("/Users/ana/Library/Application Support/EAC Migration Planner/Settings");
            assertThat(s.path(windows, "Windows 11", Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"),
                    "C:\\Users\\ana")).hasToString("C:\\Users\\ana\\AppData\\Roaming\\EAC Migration Planner\\Settings");
            assertThat(s.path(windows, "Windows 11", Map.of(), "C:\\Users\\ana"))
                    .hasToString("C:\\Users\\ana\\AppData\\Roaming\\EAC Migration Planner\\Settings");
        }
    }
}
