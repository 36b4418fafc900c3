package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoTest {

    /** A small PNG: 120 × 40 pixels, dark blue with a lighter band. */
    static final byte[] PNG = image("png");
    static final byte[] JPEG = image("jpg");

    static byte[] image(String format) {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 40; y++) {
                img.setRGB(x, y, y > 15 && y < 25 ? 0x0e7c86 : 0x14304f);
            }
        }
        return encode(img, format);
    }

    static byte[] encode(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG signature and an IHDR chunk claiming {@code width} × {@code height}, then a few bytes: nothing decodable. */
    static byte[] pngHeader(long width, long height) {
        return ByteBuffer.allocate(8 + 25 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt((int) width).putInt((int) height)
                .put(new byte[] {8, 6, 0, 0, 0}).putInt(0)
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0).array();
    }

    /** SOI, an APP0 (JFIF) segment to walk over, and a baseline SOF0 claiming {@code width} × {@code height}. */
    static byte[] jpegHeader(int width, int height) {
        return ByteBuffer.allocate(2 + 18 + 19 + 2)
                .put(new byte[] {(byte) 0xff, (byte) 0xd8})
                .put(new byte[] {(byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0})
                .put(new byte[] {(byte) 0xff, (byte) 0xc0, 0, 17, 8})
                .putShort((short) height).putShort((short) width)
                .put(new byte[] {3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1})
                .put(new byte[] {(byte) 0xff, (byte) 0xd9}).array();
    }

    /**
     * A PNG whose header (120 × 40) is fine and whose image data is not zlib data; with {@code checksums} its
     * chunks' CRCs are right (the PDF library would copy such data into the PDF as it is), else zero.
     */
    static byte[] undecodablePng(boolean checksums) {
        byte[] header = Arrays.copyOf(PNG, 33);
        byte[] garbage = "this is not zlib data at all!!".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(header.length + 12 + garbage.length + 12).put(header);
        b.putInt(garbage.length).put("IDAT".getBytes(StandardCharsets.US_ASCII)).put(garbage);
        b.putInt(checksums ? crc("IDAT", garbage) : 0);
        b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(crc("IEND", new byte[0]));
        return b.array();
    }

    private static int crc(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return (int) crc.getValue();
    }

    /** A real PNG of {@link Logo#MAX_SIDE} × {@link Logo#MAX_SIDE} pixels (one colour: small). */
    static byte[] largestPng() {
        BufferedImage img = new BufferedImage(Logo.MAX_SIDE, Logo.MAX_SIDE, BufferedImage.TYPE_INT_RGB);
        return encode(img, "png");
    }

    @Test
    void pngAndJpegBecomeDataUris() {
        Logo png = Logo.of(PNG);
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.dataUri()).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(png.dataUri().substring("data:image/png;base64,".length()))).isEqualTo(PNG);
        assertThat(Logo.of(JPEG).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> Logo.of("<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PNG or JPEG");
        assertThatThrownBy(() -> Logo.of(new byte[Logo.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("larger than 2 MB");
    }

    @Test
    void thePixelSizeIsReadFromTheHeaderOfRealImages() {
        Logo png = Logo.of(PNG);
        Logo jpeg = Logo.of(JPEG);
        assertThat(new int[] {png.width(), png.height(), jpeg.width(), jpeg.height()}).containsExactly(120, 40, 120, 40);
    }

    @Test
    void aLogoClaimingMorePixelsThanTheMaximumIsRefusedWithoutDecodingIt() {
        // 45 bytes of PNG and 41 of JPEG: only the header is there, so nothing could have been decoded.
        assertThatThrownBy(() -> Logo.of(pngHeader(16_000, 16_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the logo is 16000 x 16000 pixels; the largest allowed is 4096 x 4096");
        assertThatThrownBy(() -> Logo.of(jpegHeader(16_000, 16_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the logo is 16000 x 16000 pixels; the largest allowed is 4096 x 4096");
        assertThatThrownBy(() -> Logo.of(pngHeader(Logo.MAX_SIDE + 1, 1))).hasMessageContaining("4097 x 1 pixels");
        assertThatThrownBy(() -> Logo.of(jpegHeader(1, Logo.MAX_SIDE + 1))).hasMessageContaining("1 x 4097 pixels");
        assertThatThrownBy(() -> Logo.of(pngHeader(0xffff_ffffL, 1))).hasMessageContaining("4294967295 x 1 pixels");
    }

    @Test
    void aLogoAtTheMaximumIsAccepted() {
        Logo png = Logo.of(largestPng());
        assertThat(new int[] {png.width(), png.height()}).containsExactly(4096, 4096);
        Logo jpeg = Logo.of(jpegHeader(Logo.MAX_SIDE, Logo.MAX_SIDE));
        assertThat(new int[] {jpeg.width(), jpeg.height()}).containsExactly(4096, 4096);
    }

    @Test
    void aHeaderWithoutAPixelSizeIsRefused() {
        byte[] noIhdr = Arrays.copyOf(PNG, 8);
        assertThatThrownBy(() -> Logo.of(noIhdr)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the logo's image header gives no pixel size (damaged file?)");
        byte[] zeroWide = pngHeader(0, 40);
        assertThatThrownBy(() -> Logo.of(zeroWide)).hasMessageContaining("gives no pixel size");
        // SOI then straight to the image data: no frame header.
        byte[] noFrame = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xda, 0, 2, 0, 0};
        assertThatThrownBy(() -> Logo.of(noFrame)).hasMessageContaining("gives no pixel size");
        byte[] cutShort = Arrays.copyOf(jpegHeader(100, 100), 24);
        assertThatThrownBy(() -> Logo.of(cutShort)).hasMessageContaining("gives no pixel size");
    }

    @Test
    void aPngWhoseImageDataCannotBeReadIsRefused() {
        for (boolean checksums : new boolean[] {true, false}) {
            assertThatThrownBy(() -> Logo.of(undecodablePng(checksums))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the logo's PNG image data cannot be read");
        }
        assertThatThrownBy(() -> Logo.of(pngHeader(100, 100))).hasMessageStartingWith("the logo's PNG image data");
    }
}
