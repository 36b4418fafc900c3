package org.eacplanner.probe;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the probe tests: local servers (closed after each test) and a folder for the --trust-ca file. */
abstract class LocalServersTest {

    @TempDir
    Path dir;
    LocalServers servers;

    @BeforeEach
    void openServers() {
        servers = new LocalServers(dir);
    }

    @AfterEach
    void closeServers() throws Exception {
        servers.close();
    }
}
