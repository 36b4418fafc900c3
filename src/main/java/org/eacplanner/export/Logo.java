package org.eacplanner.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.eacplanner.task.BlockingCalls;

/**
 * The consultant's logo: PNG or JPEG bytes, shown on the cover as a data URI (never fetched from anywhere). Its
 * pixel size is read from the image header (PNG IHDR, JPEG SOF) without decoding the pixels, so an image too
 * large to embed is refused before anything decodes it. A PNG's image data is then read through once, keeping
 * at most 256 × 256 samples: the PDF may copy it as it is, and damaged data would show as an empty box. (A
 * JPEG goes into the PDF as it is, read by the PDF viewer only.)
 */
public final class Logo {

    /** Larger logos are refused: the HTML carries the logo inline. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** Wider or taller logos are refused: the PDF decodes the pixels (4 bytes each) to embed them. */
    public static final int MAX_SIDE = 4096;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final byte[] bytes;
    private final String mediaType;
    private final int width;
    private final int height;

    private Logo(byte[] bytes, String mediaType, long[] size) {
        this.bytes = bytes;
        this.mediaType = mediaType;
        this.width = (int) size[0];
        this.height = (int) size[1];
    }

    /**
     * A logo from an image file's bytes.
     *
     * @throws IllegalArgumentException when the bytes are not a PNG or JPEG image, larger than {@link #MAX_BYTES},
     *         without a readable pixel size, wider or taller than {@link #MAX_SIDE} pixels, or (PNG) with
     *         image data that cannot be read
     */
    /** Reads and checks a logo file. */
    public static Logo read(Path file) throws IOException {
        BlockingCalls.check("logo read " + file.getFileName());
        return of(Files.readAllBytes(file));
    }

    public static Logo of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("the logo is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        if (startsWith(bytes, PNG)) {
            long[] size = checked(pngSize(bytes));
            readThrough(bytes, size);
            return new Logo(bytes.clone(), "image/png", size);
        }
        if (startsWith(bytes, JPEG)) {
            return new Logo(bytes.clone(), "image/jpeg", checked(jpegSize(bytes)));
        }
        throw new IllegalArgumentException("the logo is not a PNG or JPEG image");
    }

    public String mediaType() {
        return mediaType;
    }

    /** Width in pixels, as the image header gives it. */
    public int width() {
        return width;
    }

    /** Height in pixels, as the image header gives it. */
    public int height() {
        return height;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@code data:image/png;base64,…} */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static long[] checked(long[] size) {
        if (size[0] <= 0 || size[1] <= 0) {
            throw new IllegalArgumentException("the logo's image header gives no pixel size (damaged file?)");
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the logo is %d x %d pixels; the largest allowed is %d x %d", size[0], size[1], MAX_SIDE, MAX_SIDE));
        }
        return size;
    }

    /** Decodes the PNG subsampled to at most 256 × 256 pixels, so memory stays small whatever the size. */
    private static void readThrough(byte[] png, long[] size) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, (Math.max(size[0], size[1]) + 255) / 256);
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            throw new IllegalArgumentException("the logo's PNG image data cannot be read"
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), e);
        } finally {
            reader.dispose();
        }
    }

    /** Width and height from the IHDR chunk, which must come first; {0, 0} when it does not. */
    private static long[] pngSize(byte[] b) {
        if (b.length < 24 || u32(b, 8) != 13 || !Arrays.equals(b, 12, 16, new byte[] {'I', 'H', 'D', 'R'}, 0, 4)) {
            return new long[] {0, 0};
        }
        return new long[] {u32(b, 16), u32(b, 20)};
    }

    /**
     * Width and height from the first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC), walking the
     * segments by their lengths; {0, 0} when the image data (SOS) or the end comes first.
     */
    private static long[] jpegSize(byte[] b) {
        int i = 2;
        while (i + 1 < b.length) {
            if ((b[i] & 0xff) != 0xff) {
                break;
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xff) {
                i++;
            } else if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd8) {
                i += 2;
            } else if (marker == 0xd9 || marker == 0xda || i + 3 >= b.length) {
                break;
            } else {
                int length = u16(b, i + 2);
                boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
                if (frame) {
                    return length >= 7 && i + 8 < b.length ? new long[] {u16(b, i + 7), u16(b, i + 5)}
                            : new long[] {0, 0};
                }
                if (length < 2) {
                    break;
                }
                i += 2 + length;
            }
        }
        return new long[] {0, 0};
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
