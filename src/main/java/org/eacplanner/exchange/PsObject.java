package org.eacplanner.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object of a PowerShell CliXML export ({@code Export-Clixml}): its type names (most specific first), its
 * {@code ToString} text, its properties by name (adapted {@code Props} and extended {@code MS} alike) and, for an
 * enumeration or a wrapped primitive, its value. Property values are {@link String}, {@link Boolean}, {@link Long}
 * (every integer type), {@link Double}, {@link java.time.OffsetDateTime}, {@code List<Object>} (a collection),
 * another {@code PsObject}, or null ({@code Nil}).
 */
public record PsObject(List<String> typeNames, String text, Map<String, Object> properties, Object value) {

    public PsObject {
        typeNames = List.copyOf(typeNames);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** Whether one of its type names is {@code name} or ends with {@code .name}. */
    public boolean is(String name) {
        return typeNames.stream().anyMatch(t -> t.equals(name) || t.endsWith("." + name));
    }

    /** Whether the object has the property, {@code Nil} or not. */
    public boolean has(String name) {
        return properties.containsKey(name);
    }

    /** A property, null when it is absent or {@code Nil}. */
    public Object get(String name) {
        return properties.get(name);
    }

    /** A property as text: a string, a number or flag in words, an object by its {@code ToString}. */
    public String text(String name) {
        Object v = properties.get(name);
        return v == null ? null : v instanceof PsObject o ? o.text() : String.valueOf(v);
    }

    /** A property as a flag, null when absent or not a boolean. */
    public Boolean flag(String name) {
        return properties.get(name) instanceof Boolean b ? b : null;
    }

    /** The items of a collection property (each item's text for objects), empty when there is none. */
    public List<String> texts(String name) {
        Object v = properties.get(name);
        Object items = v instanceof PsObject o ? o.value() : v;
        if (!(items instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(i -> i instanceof PsObject o ? o.text() : String.valueOf(i)).toList();
    }
}
