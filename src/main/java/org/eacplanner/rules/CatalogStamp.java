package org.eacplanner.rules;

import java.time.LocalDate;
import org.eacplanner.model.CatalogSource;

/** Which catalog an evaluation used: version, review date and whether it was shipped or loaded from a file. */
public record CatalogStamp(String version, LocalDate reviewedOn, CatalogSource source) {
}
