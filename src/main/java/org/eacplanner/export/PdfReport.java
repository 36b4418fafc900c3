package org.eacplanner.export;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eacplanner.common.BuildInfo;

/**
 * The report as PDF: the HTML of the same template (with its PDF switches) rendered by openhtmltopdf, with the
 * shipped fonts embedded (subsets), tagged for accessibility (PDF/UA), and no network or file access: the only
 * resources a report may load are {@code data:} URIs (the logo); every other URI is refused and reported. Long
 * texts and words are bounded first ({@link PdfText}). An image that openhtmltopdf cannot embed (which it would
 * leave out, logging a warning) fails the export instead.
 */
final class PdfReport {

    /** What openhtmltopdf reports when it leaves an image out. */
    private static final Set<LogMessageId> IMAGE_FAILURES = Set.of(
            LogMessageId.LogMessageId1Param.EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI,
            LogMessageId.LogMessageId1Param.EXCEPTION_CANT_READ_IMAGE_FILE_FOR_URI_NOT_FOUND,
            LogMessageId.LogMessageId1Param.LOAD_UNRECOGNIZED_IMAGE_FORMAT_FOR_URI);

    static {
        // openhtmltopdf logs every CSS it ignores and every layout note to java.util.logging (stderr by default);
        // the report's own CSS is known, and the command line's output must stay readable. Logging stays on (it
        // is what feeds each run's diagnostic consumer) but goes nowhere.
        XRLog.setLoggerImpl(new Silent());
        XRLog.setLoggingEnabled(true);
    }

    private PdfReport() {
    }

    static void render(PreparedExport p, ReportText t, OutputStream out) throws IOException {
        String html = ReportTemplate.render(ReportModelBuilder.build(p, t, true));
        renderHtml(PdfText.bounded(html, t.get("pdf.cut", PdfText.MAX_TEXT)), out);
    }

    /**
     * Renders well-formed XHTML (as the template writes it) to {@code out}.
     *
     * @return the URIs the renderer tried to load and was refused
     * @throws IOException also when a {@code data:} image (the logo) could not be embedded
     */
    static List<String> renderHtml(String html, OutputStream out) throws IOException {
        List<String> refused = new CopyOnWriteArrayList<>();
        List<Diagnostic> imageFailures = new CopyOnWriteArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("EAC Migration Planner " + BuildInfo.get().version());
        PdfFonts.register(builder, html);
        builder.useExternalResourceAccessControl((uri, type) -> allowed(uri, refused),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> allowed(uri, refused),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refuse = uri -> refuse(uri, refused);
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, "http", "https", "file", "ftp", "jar", "jrt");
        builder.withHtmlContent(html, null);
        builder.withDiagnosticConsumer(d -> {
            if (IMAGE_FAILURES.contains(d.getLogMessageId()) && d.getArgs().length > 0
                    && String.valueOf(d.getArgs()[0]).startsWith("data:")) {
                imageFailures.add(d);
            }
        });
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument doc = renderer.createPDFKeepOpen()) {
            PdfLinks.describe(doc);
            doc.save(out);
        }
        if (!imageFailures.isEmpty()) {
            Throwable cause = imageFailures.get(0).getError();
            String why = cause == null || cause.getMessage() == null ? "" : cause.getMessage().strip();
            throw new IOException("the logo cannot be embedded in the PDF"
                    + (why.isEmpty() ? "" : " (" + (why.length() > 200 ? why.substring(0, 200) + "\u2026" : why) + ")"),
                    cause);
        }
        return List.copyOf(refused);
    }

    private static boolean allowed(String uri, List<String> refused) {
        if (uri != null && uri.startsWith("data:")) {
            return true;
        }
        refused.add(String.valueOf(uri));
        return false;
    }

    private static FSStream refuse(String uri, List<String> refused) {
        refused.add(uri);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
    }

    /** Drops every log message; the diagnostics still reach each run's consumer. */
    private static final class Silent implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}
