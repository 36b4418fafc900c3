package org.eacplanner.export;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eacplanner.common.BuildInfo;

/**
 * The report as PDF: the HTML of the same template (with its PDF switches) rendered by openhtmltopdf, with the
 * shipped fonts embedded (subsets), tagged for accessibility (PDF/UA), and no network or file access: the only
 * resources a report may load are {@code data:} URIs (the logo); every other URI is refused and reported.
 */
final class PdfReport {

    static {
        // openhtmltopdf logs every CSS it ignores and every layout note to java.util.logging (stderr by default);
        // the report's own CSS is known, and the command line's output must stay readable.
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    static void render(PreparedExport p, ReportText t, OutputStream out) throws IOException {
        renderHtml(ReportTemplate.render(ReportModelBuilder.build(p, t, true)), out);
    }

    /**
     * Renders well-formed XHTML (as the template writes it) to {@code out}.
     *
     * @return the URIs the renderer tried to load and was refused
     */
    static List<String> renderHtml(String html, OutputStream out) throws IOException {
        List<String> refused = new CopyOnWriteArrayList<>();
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
        builder.toStream(out);
        builder.run();
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
}
