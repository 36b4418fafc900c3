package org.eacplanner.rules;

/** How exactly a deadline is known: a day, or only its month (the date is then the 1st of that month). */
public enum DeadlinePrecision {
    DAY,
    MONTH
}
