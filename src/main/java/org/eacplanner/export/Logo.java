package org.eacplanner.export;

import java.util.Arrays;
import java.util.Base64;

/** The consultant's logo: PNG or JPEG bytes, shown on the cover as a data URI (never fetched from anywhere). */
public final class Logo {

    /** Larger logos are refused: the HTML carries the logo inline. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final byte[] bytes;
    private final String mediaType;

    private Logo(byte[] bytes, String mediaType) {
        this.bytes = bytes;
        this.mediaType = mediaType;
    }

    /**
     * A logo from an image file's bytes.
     *
     * @throws IllegalArgumentException when the bytes are not a PNG or JPEG image, or larger than {@link #MAX_BYTES}
     */
    public static Logo of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the logo is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        if (startsWith(bytes, PNG)) {
            return new Logo(bytes.clone(), "image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return new Logo(bytes.clone(), "image/jpeg");
        }
        throw new IllegalArgumentException("the logo is not a PNG or JPEG image");
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code data:image/png;base64,…} */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
