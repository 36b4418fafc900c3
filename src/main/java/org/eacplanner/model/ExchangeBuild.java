package org.eacplanner.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Exchange Server build, four integers compared in order. Parsed from what {@code Get-ExchangeServer} prints as
 * {@code AdminDisplayVersion} ({@code Version 15.2 (Build 1118.7)}) or from the four-part build ({@code 15.2.1118.7},
 * leading zeros allowed as in {@code 15.02.1118.007}). The product mapping is part of the assessment format.
 */
public record ExchangeBuild(int major, int minor, int build, int revision) implements Comparable<ExchangeBuild> {

    /** The first Exchange Server SE build number (15.2.2562); 15.2 builds below it are Exchange 2019. */
    static final int FIRST_SE_BUILD = 2562;

    private static final Pattern LONG = Pattern.compile("Version ([0-9]+)\\.([0-9]+) \\(Build ([0-9]+)\\.([0-9]+)\\)");
    private static final Pattern SHORT = Pattern.compile("([0-9]+)\\.([0-9]+)\\.([0-9]+)\\.([0-9]+)");
    private static final Pattern PREFIX = Pattern.compile("^AdminDisplayVersion\\s*:\\s*");
    private static final Comparator<ExchangeBuild> ORDER = Comparator.comparingInt(ExchangeBuild::major)
            .thenComparingInt(ExchangeBuild::minor).thenComparingInt(ExchangeBuild::build)
            .thenComparingInt(ExchangeBuild::revision);

    public ExchangeBuild {
        if (major < 0 || minor < 0 || build < 0 || revision < 0) {
            throw new IllegalArgumentException("negative build part");
        }
    }

    /**
     * The build in {@code text}, after trimming surrounding whitespace and a leading {@code AdminDisplayVersion :};
     * empty when the text is null or not a build (or a part does not fit an int).
     */
    public static Optional<ExchangeBuild> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = PREFIX.matcher(text.strip()).replaceFirst("").strip();
        Matcher m = LONG.matcher(t);
        if (!m.matches()) {
            m = SHORT.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new ExchangeBuild(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The {@code serverVersion} this build maps to, or empty when it is no known Exchange Server product. */
    public Optional<ServerVersion> product() {
        if (major == 14) {
            return Optional.of(ServerVersion.EXCHANGE_2010);
        }
        if (major != 15) {
            return Optional.empty();
        }
        return switch (minor) {
            case 0 -> Optional.of(ServerVersion.EXCHANGE_2013);
            case 1 -> Optional.of(ServerVersion.EXCHANGE_2016);
            case 2 -> Optional.of(build < FIRST_SE_BUILD ? ServerVersion.EXCHANGE_2019 : ServerVersion.EXCHANGE_SE);
            default -> Optional.empty();
        };
    }

    @Override
    public int compareTo(ExchangeBuild other) {
        return ORDER.compare(this, other);
    }

    /** The four-part form without leading zeros, e.g. {@code 15.2.1118.7}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + build + "." + revision;
    }
}
