package org.eacplanner.probe;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A password or token typed by the admin: kept in memory only, as a {@code char[]} that {@link #clear()} wipes.
 * Never printed: {@link #toString()} hides it, and no exception of this package carries it.
 *
 * <p>Limits of the JVM: OkHttp takes headers as {@code String}s, which cannot be wiped; the header built from a
 * secret lives only as long as its request object and is never logged or saved.
 */
public final class Secret implements AutoCloseable {

    private char[] chars;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Takes over {@code chars} (not a copy): the caller's array is wiped by {@link #clear()}. */
    public static Secret of(char[] chars) {
        return new Secret(chars == null ? new char[0] : chars);
    }

    /** Whether the secret is absent, empty or already cleared. */
    public synchronized boolean isEmpty() {
        return chars == null || chars.length == 0;
    }

    /** Whether {@link #clear()} has run. */
    public synchronized boolean isCleared() {
        return chars == null;
    }

    /** Gives the characters to {@code use} (never keep them); fails once cleared. */
    public synchronized <T> T use(Function<char[], T> use) {
        if (chars == null) {
            throw new IllegalStateException("the secret was already cleared after its run");
        }
        return use.apply(chars);
    }

    /** The UTF-8 bytes of {@code prefix + secret}; the caller wipes the returned array after use. */
    synchronized byte[] utf8With(String prefix) {
        return use(c -> {
            char[] all = new char[prefix.length() + c.length];
            prefix.getChars(0, prefix.length(), all, 0);
            System.arraycopy(c, 0, all, prefix.length(), c.length);
            ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(all));
            byte[] bytes = new byte[buf.remaining()];
            buf.get(bytes);
            Arrays.fill(all, '\0');
            if (buf.hasArray()) {
                Arrays.fill(buf.array(), (byte) 0);
            }
            return bytes;
        });
    }

    /** Overwrites the characters; afterwards the secret cannot be used. Safe to call twice. */
    public synchronized void clear() {
        if (chars != null) {
            Arrays.fill(chars, '\0');
            chars = null;
        }
    }

    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }
}
