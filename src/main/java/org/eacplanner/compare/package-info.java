/**
 * Comparing two assessments as of one date with the same catalog (product.md, "Compare"): findings matched by
 * rule ID, checklist items by item ID, inventory answers field by field with JSON paths. Also what changed between
 * a file's saved findings and a re-evaluation, for review mode. No JavaFX, no I/O.
 */
package org.eacplanner.compare;
