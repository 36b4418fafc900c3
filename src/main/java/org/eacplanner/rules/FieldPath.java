package org.eacplanner.rules;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A dotted path into the inventory records, e.g. {@code exchange.authMethods}, resolved once against the
 * record types (so a misspelt field fails when the catalog loads) and read many times.
 */
final class FieldPath {

    private final String text;
    private final Method[] accessors;
    private final Class<?> type;
    private final Class<?> elementType;

    private FieldPath(String text, Method[] accessors, Class<?> type, Class<?> elementType) {
        this.text = text;
        this.accessors = accessors;
        this.type = type;
        this.elementType = elementType;
    }

    /** Resolves {@code path} against record type {@code root}; throws {@link CatalogException} if a part is unknown. */
    static FieldPath resolve(Class<?> root, String path) {
        List<Method> methods = new ArrayList<>();
        Class<?> current = root;
        Type currentGeneric = root;
        for (String part : path.split("\\.", -1)) {
            if (!current.isRecord()) {
                throw new CatalogException("'" + path + "': '" + part + "' is inside " + current.getSimpleName()
                        + ", which has no fields");
            }
            RecordComponent found = null;
            for (RecordComponent rc : current.getRecordComponents()) {
                if (rc.getName().equals(part) && !rc.getName().equals("unknownFields")) {
                    found = rc;
                }
            }
            if (found == null) {
                throw new CatalogException("'" + path + "': " + current.getSimpleName() + " has no field '" + part + "'");
            }
            methods.add(found.getAccessor());
            current = found.getType();
            currentGeneric = found.getGenericType();
        }
        Class<?> element = null;
        if (List.class.isAssignableFrom(current) && currentGeneric instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            element = c;
        }
        return new FieldPath(path, methods.toArray(Method[]::new), current, element);
    }

    /** The value at this path, or null when it or any object on the way is unknown. */
    Object read(Object subject) {
        Object value = subject;
        for (Method m : accessors) {
            if (value == null) {
                return null;
            }
            try {
                value = m.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + text, e);
            }
        }
        return value;
    }

    Class<?> type() {
        return type;
    }

    /** For a list field, the type of its elements; else null. */
    Class<?> elementType() {
        return elementType;
    }

    boolean isList() {
        return elementType != null;
    }

    @Override
    public String toString() {
        return text;
    }
}
