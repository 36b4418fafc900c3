package org.eacplanner.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A file that cannot be opened: every problem says where and what; the file was not changed. */
public final class AssessmentLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Problems listed at most; the rest are counted in one last line ({@link LoadProblem#more}). */
    public static final int MAX_LISTED = 100;
    private final String file;
    private final Kind kind;
    private final transient List<LoadProblem> problems;

    public AssessmentLoadException(String file, Kind kind, List<LoadProblem> problems) {
        this(file, kind, problems, problems.size());
    }

    /**
     * {@code total} problems, of which {@code listed} are known: at most {@link #MAX_LISTED} are kept, and the
     * others are counted in one last line, {@code $: ... and N more problems}.
     */
    AssessmentLoadException(String file, Kind kind, List<LoadProblem> listed, long total) {
        super(summary(file, listed, total));
        this.file = file;
        this.kind = kind;
        this.problems = capped(listed, total);
    }

    public AssessmentLoadException(String file, Kind kind, LoadProblem problem) {
        this(file, kind, List.of(problem));
    }

    /** Why the file was refused, in the order the loader checks. */
    public enum Kind {
        /** Could not be read at all (missing, unreadable). */
        IO,
        /** Over a size limit: the file's bytes, the entries of one list or object, or the values in all. */
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

    private static List<LoadProblem> capped(List<LoadProblem> listed, long total) {
        List<LoadProblem> kept = new ArrayList<>(listed.subList(0, Math.min(listed.size(), MAX_LISTED)));
        if (total > kept.size()) {
            kept.add(LoadProblem.more(total - kept.size()));
        }
        return List.copyOf(kept);
    }

    private static String summary(String file, List<LoadProblem> listed, long total) {
        List<LoadProblem> problems = capped(listed, total);
        StringBuilder sb = new StringBuilder(file);
        if (problems.size() == 1) {
            sb.append(": ").append(problems.get(0));
        } else {
            sb.append(": ").append(String.format(Locale.ROOT, "%,d", total)).append(" problems");
            for (LoadProblem p : problems) {
                sb.append("\n  ").append(p);
            }
        }
        return sb.toString();
    }
}
