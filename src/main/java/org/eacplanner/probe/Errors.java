package org.eacplanner.probe;

/** One-line descriptions of exceptions for reasons (class name when there is no message). */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        String text = m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The deepest cause of a given type, or null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        T found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                found = type.cast(t);
            }
        }
        return found;
    }
}
