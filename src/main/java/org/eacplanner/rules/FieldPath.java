package org.eacplanner.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eacplanner.model.Assessment;

/**
 * A dotted path into the assessment records, e.g. {@code exchange.authMethods}, resolved once against the record
 * types (so a misspelt field fails when the catalog loads) and read and written many times. It is the one spelling
 * of a field: the catalog's conditions, the wizard's questions, {@link #jsonPath()} (drafts, proposals, validation
 * messages), {@link #labelKey()} (bundles) and {@link #controlId()} all come from it.
 */
public final class FieldPath {

    private static final Map<String, FieldPath> OF_ASSESSMENT = new ConcurrentHashMap<>();

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

    /** A path of {@link Assessment}; throws {@link CatalogException} if a part is unknown. */
    public static FieldPath of(String path) {
        FieldPath known = OF_ASSESSMENT.get(path);
        if (known != null) {
            return known;
        }
        FieldPath resolved = resolve(Assessment.class, path);
        OF_ASSESSMENT.put(path, resolved);
        return resolved;
    }

    /** The path named by {@link #jsonPath()} text ({@code $.org.orgId}); throws {@link CatalogException} if unknown. */
    public static FieldPath ofJsonPath(String jsonPath) {
        if (jsonPath == null || !jsonPath.startsWith("$.")) {
            throw new CatalogException("'" + jsonPath + "' is not a field's JSON path ($.section.field)");
        }
        return of(jsonPath.substring(2));
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

    /** The path as the catalog and the forms write it: {@code exchange.authMethods}. */
    public String text() {
        return text;
    }

    /** The key in {@code drafts}, a proposal's path and where a validation message points: {@code $.exchange.authMethods}. */
    public String jsonPath() {
        return "$." + text;
    }

    /** The bundle key of the question's label ({@code .help} appended: its help). */
    public String labelKey() {
        return "field." + text;
    }

    /** A control id for lookups in tests and for the accessibility tree: {@code org-orgId}. */
    public String controlId() {
        return text.replace('.', '-');
    }

    /** The value at this path, or null when it or any object on the way is unknown. */
    public Object read(Object subject) {
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

    /**
     * {@code root} with {@code value} at this path and everything else as it was: each record on the way is rebuilt
     * through its canonical constructor (so its own rules, such as immutable lists, hold).
     *
     * @throws IllegalArgumentException when {@code value} is not of the field's type, or a record on the way is null
     */
    @SuppressWarnings("unchecked")
    public <R extends Record> R with(R root, Object value) {
        checkType(value);
        return (R) withAt(root, 0, value);
    }

    private Object withAt(Object record, int depth, Object value) {
        if (record == null) {
            throw new IllegalArgumentException("cannot set " + text + ": the object that holds it is unknown");
        }
        Class<?> recordType = record.getClass();
        RecordComponent[] components = recordType.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getAccessor().invoke(record);
                if (components[i].getAccessor().equals(accessors[depth])) {
                    args[i] = depth == accessors.length - 1 ? value : withAt(args[i], depth + 1, value);
                }
            }
            Constructor<?> canonical = recordType.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot set " + text + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + recordType.getSimpleName() + " to set " + text, e);
        }
    }

    private void checkType(Object value) {
        if (value == null) {
            return;
        }
        boolean fits = isList() ? value instanceof List<?> list && list.stream().allMatch(elementType::isInstance)
                : type.isInstance(value);
        if (!fits) {
            throw new IllegalArgumentException(text + " takes " + describeType() + ", not " + value);
        }
    }

    /**
     * A plain value (as JSON gives it: text, number, boolean, list) as this field's type: an enumeration constant by
     * name, a whole number, a date in ISO form, a list of those. Null stays null.
     *
     * @throws IllegalArgumentException when it does not fit the field
     */
    public Object convert(Object plain) {
        if (plain == null) {
            return null;
        }
        if (isList()) {
            if (!(plain instanceof List<?> list)) {
                throw new IllegalArgumentException(text + " takes " + describeType() + ", not " + plain);
            }
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(single(elementType, e)));
            return List.copyOf(out);
        }
        return single(type, plain);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object single(Class<?> target, Object plain) {
        if (target.isInstance(plain)) {
            return plain;
        }
        try {
            if (target.isEnum() && plain instanceof String s) {
                return Enum.valueOf((Class<? extends Enum>) target, s);
            }
            if (target == Integer.class && plain instanceof Number n && n.doubleValue() == n.intValue()) {
                return n.intValue();
            }
            if (target == Integer.class && plain instanceof String s) {
                return Integer.valueOf(s.trim());
            }
            if (target == LocalDate.class && plain instanceof String s) {
                return LocalDate.parse(s.trim());
            }
            if (target == Boolean.class && plain instanceof String s && (s.equals("true") || s.equals("false"))) {
                return Boolean.valueOf(s);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException(text + " takes " + describeType() + ", not " + plain);
    }

    private String describeType() {
        return isList() ? "a list of " + elementType.getSimpleName() : type.getSimpleName();
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
