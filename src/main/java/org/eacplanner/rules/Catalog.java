package org.eacplanner.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eacplanner.model.CatalogSource;
import org.eacplanner.model.ExchangeBuild;

/**
 * The rule catalog (rules.md) as shipped data: {@code org/eacplanner/rules/catalog.json}, loaded and
 * checked once. Adding a rule is a change to that file and the text bundle, not to code.
 */
public final class Catalog {

    public static final String RESOURCE = "/org/eacplanner/rules/catalog.json";

    private final String version;
    private final LocalDate reviewedOn;
    private final CatalogSource source;
    private final Map<String, List<UpdateLevel>> updateLevels;
    private final List<Rule> rules;
    private final Map<String, Rule> byId;
    private final List<ChecklistItemDef> checklist;
    private final Map<String, List<String>> sources;

    Catalog(String version, LocalDate reviewedOn, CatalogSource source,
            List<Rule> rules, List<ChecklistItemDef> checklist, Map<String, List<String>> sources,
            Map<String, List<UpdateLevel>> updateLevels) {
        this.version = version;
        this.reviewedOn = reviewedOn;
        this.source = source;
        this.updateLevels = Map.copyOf(updateLevels);
        this.rules = List.copyOf(rules);
        this.checklist = List.copyOf(checklist);
        this.sources = Map.copyOf(sources);
        Map<String, Rule> index = new LinkedHashMap<>();
        rules.forEach(r -> index.put(r.id(), r));
        this.byId = index;
    }

    /** The catalog shipped with the app. */
    public static Catalog shipped() {
        return Holder.SHIPPED;
    }

    /** Loads and checks a catalog; throws {@link CatalogException} on any malformed entry. */
    public static Catalog load(InputStream in) throws IOException {
        return new CatalogLoader().load(in);
    }

    public String version() {
        return version;
    }

    /** The day the catalog's facts were last checked against its sources. */
    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    /** Whether this is the shipped catalog or one loaded from a file. */
    public CatalogSource source() {
        return source;
    }

    public CatalogStamp stamp() {
        return new CatalogStamp(version, reviewedOn, source);
    }

    /** The update levels per Exchange product name ({@code EXCHANGE_2019}), in build order. */
    public Map<String, List<UpdateLevel>> updateLevels() {
        return updateLevels;
    }

    /** This catalog marked as loaded from a file. */
    Catalog asFile() {
        return new Catalog(version, reviewedOn, CatalogSource.FILE, rules, checklist, sources,
                updateLevels);
    }

    /** An update level of an Exchange product: its label ({@code CU12}) and the build of its release. */
    public record UpdateLevel(String label, ExchangeBuild build) {
    }

    /** Every rule, in catalog order. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every checklist item, in plan order (phase, then the order of rules.md). */
    public List<ChecklistItemDef> checklist() {
        return checklist;
    }

    public Optional<ChecklistItemDef> checklistItem(String id) {
        return checklist.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The named source links ({@code SF-PREPARE} → its URLs). */
    public Map<String, List<String>> sources() {
        return sources;
    }

    private static final class Holder {
        static final Catalog SHIPPED = loadShipped();

        private static Catalog loadShipped() {
            try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
