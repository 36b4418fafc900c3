package org.eacplanner.cli;

/** {@code --format text|json}. */
enum OutputFormat {
    text,
    json
}
