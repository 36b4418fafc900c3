/**
 * Typed operations that change an assessment (accept or withdraw a risk, set checklist progress): pure functions
 * from one {@link org.eacplanner.model.Assessment} value to the next, shared by every view of the app. JavaFX-free.
 */
package org.eacplanner.edit;
