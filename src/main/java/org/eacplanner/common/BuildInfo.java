package org.eacplanner.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of this build, read from the Maven-filtered {@code version.properties}. */
public final class BuildInfo {

    private static final BuildInfo INSTANCE = load();

    private final String name;
    private final String version;

    private BuildInfo(String name, String version) {
        this.name = name;
        this.version = version;
    }

    public static BuildInfo get() {
        return INSTANCE;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** The version without its build qualifier ({@code 1.2.0} of {@code 1.2.0-SNAPSHOT}): what client pages show. */
    public String releaseVersion() {
        int dash = version.indexOf('-');
        return dash > 0 ? version.substring(0, dash) : version;
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/eacplanner/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        String version = p.getProperty("version", "dev");
        if (version.startsWith("${")) {
            version = "dev";
        }
        return new BuildInfo(p.getProperty("name", "EAC Migration Planner"), version);
    }
}
