package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
