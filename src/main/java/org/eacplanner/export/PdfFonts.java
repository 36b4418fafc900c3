package org.eacplanner.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts shipped for the PDF ({@code export/fonts/}, licences beside them): DejaVu Sans (regular, bold,
 * oblique) and DejaVu Sans Mono for Latin, Greek and Cyrillic text and the report's symbols, and Droid Sans
 * Fallback for CJK. The 4 MB fallback is registered only when the text has a character DejaVu Sans lacks,
 * so a report in Latin script never loads it. Font files are read from the jar once and kept in memory.
 */
final class PdfFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    static final String FALLBACK = "Droid Sans Fallback";

    private static final String DIR = "/org/eacplanner/export/fonts/";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder, String text) {
        EnumSet<FSFontUseCase> document = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
        builder.useFont(() -> stream(Files.SANS), SANS, 400, FontStyle.NORMAL, true, document);
        builder.useFont(() -> stream(Files.SANS_BOLD), SANS, 700, FontStyle.NORMAL, true, document);
        builder.useFont(() -> stream(Files.SANS_OBLIQUE), SANS, 400, FontStyle.ITALIC, true, document);
        builder.useFont(() -> stream(Files.MONO), MONO, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT));
        if (needsFallback(text)) {
            builder.useFont(() -> stream(Fallback.BYTES), FALLBACK, 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
    }

    /** Whether {@code text} has a character that DejaVu Sans cannot draw (CJK, for instance). */
    static boolean needsFallback(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x250 && !Character.isWhitespace(cp)
                && Character.getType(cp) != Character.FORMAT && Files.SANS_CMAP.getGlyphId(cp) == 0);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(DIR + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code font} with its glyph substitution table ({@code GSUB}) hidden, so that PDFBox draws "fi" as two glyphs:
     * with DejaVu's ligatures the PDF's text read "ﬁ" when copied, searched or read aloud. The table is renamed
     * in the font's table directory, which PDFBox then skips (and never embeds).
     */
    static byte[] withoutLigatures(byte[] font) {
        byte[] out = font.clone();
        int tables = ((out[4] & 0xff) << 8) | (out[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (out[at] == 'G' && out[at + 1] == 'S' && out[at + 2] == 'U' && out[at + 3] == 'B') {
                out[at] = 'g';
                out[at + 1] = 's';
                out[at + 2] = 'u';
                out[at + 3] = 'b';
            }
        }
        return out;
    }

    /** The DejaVu files, read on first use. */
    private static final class Files {
        static final byte[] SANS = withoutLigatures(read("DejaVuSans.ttf"));
        static final byte[] SANS_BOLD = withoutLigatures(read("DejaVuSans-Bold.ttf"));
        static final byte[] SANS_OBLIQUE = withoutLigatures(read("DejaVuSans-Oblique.ttf"));
        static final byte[] MONO = withoutLigatures(read("DejaVuSansMono.ttf"));
        static final CmapLookup SANS_CMAP = cmap(SANS);

        private static CmapLookup cmap(byte[] font) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
                return ttf.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The CJK fallback, read only when a report needs it. */
    private static final class Fallback {
        static final byte[] BYTES = read("DroidSansFallbackFull.ttf");
    }
}
