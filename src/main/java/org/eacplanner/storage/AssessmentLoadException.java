package org.eacplanner.storage;

import java.util.List;

/** A file that cannot be opened: every problem says where and what; the file was not changed. */
public final class AssessmentLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused, in the order the loader checks. */
    public enum Kind {
        /** Could not be read at all (missing, unreadable). */
        IO,
        /** Over the size limit. */
        TOO_LARGE,
        /** Not JSON (syntax error, truncated). */
        NOT_JSON,
        /** JSON, but not an assessment (no or wrong {@code format}). */
        NOT_OURS,
        /** A format version this app cannot read for evaluation (newer than it knows). */
        NEWER_VERSION,
        /** Fails the JSON Schema. */
        SCHEMA,
        /** Passes the schema but fails a semantic check (only for {@code validate} and {@code evaluate}). */
        SEMANTIC
    }

    private final String file;
    private final Kind kind;
    private final transient List<LoadProblem> problems;

    public AssessmentLoadException(String file, Kind kind, List<LoadProblem> problems) {
        super(summary(file, problems));
        this.file = file;
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public AssessmentLoadException(String file, Kind kind, LoadProblem problem) {
        this(file, kind, List.of(problem));
    }

    public String file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** An I/O failure (exit code 3), as opposed to bad input (exit code 2). */
    public boolean isIoFailure() {
        return kind == Kind.IO;
    }

    private static String summary(String file, List<LoadProblem> problems) {
        StringBuilder sb = new StringBuilder(file);
        if (problems.size() == 1) {
            sb.append(": ").append(problems.get(0));
        } else {
            sb.append(": ").append(problems.size()).append(" problems");
            for (LoadProblem p : problems) {
                sb.append("\n  ").append(p);
            }
        }
        return sb.toString();
    }
}
