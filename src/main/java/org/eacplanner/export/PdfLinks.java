package org.eacplanner.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Gives every link of a rendered PDF the alternate description PDF/UA-1 asks for (its {@code /Contents}, rule
 * 7.18.5-2, which the renderer leaves out): the address a web link opens, the words an inner link covers (a
 * contents line's page number gets its title).
 */
final class PdfLinks {

    private PdfLinks() {
    }

    static void describe(PDDocument doc) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        Map<PDAnnotationLink, String> words = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> here = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && (link.getContents() == null || link.getContents().isBlank())) {
                    here.add(link);
                }
            }
            if (here.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < here.size(); i++) {
                PDRectangle r = here.get(i).getRectangle();
                // the stripper measures from the top of the page
                stripper.addRegion(Integer.toString(i), new Rectangle2D.Float(r.getLowerLeftX(),
                        height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < here.size(); i++) {
                words.put(here.get(i), clean(stripper.getTextForRegion(Integer.toString(i))));
            }
            links.addAll(here);
        }
        // a contents line is two links to one place (its title, its leader dots and page number): both get the title
        Map<String, String> titles = new HashMap<>();
        for (PDAnnotationLink l : links) {
            String w = words.get(l);
            if (w.codePoints().anyMatch(Character::isLetter)) {
                titles.merge(target(l), w, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        for (PDAnnotationLink l : links) {
            String t = target(l);
            l.setContents(t.startsWith("uri:") ? t.substring(4) : titles.getOrDefault(t, "Link"));
        }
    }

    /** The words as read: ligatures spelled out, leader dots and runs of space dropped. */
    private static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\.{3,}", " ").replaceAll("\\s+", " ")
                .strip();
    }

    /** Where a link goes: {@code uri:} and the address (said as it is), else its destination inside the file. */
    private static String target(PDAnnotationLink link) throws IOException {
        if (link.getAction() instanceof PDActionURI uri && uri.getURI() != null) {
            return "uri:" + uri.getURI();
        }
        if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() != null) {
            return destination(goTo.getDestination());
        }
        return link.getDestination() == null ? "" : destination(link.getDestination());
    }

    private static String destination(PDDestination d) {
        if (d instanceof PDNamedDestination named) {
            return "name:" + named.getNamedDestination();
        }
        if (d instanceof PDPageDestination page) {
            // the page by number and the view (/XYZ left top zoom): the page's own dictionary changes as links get
            // their descriptions
            StringBuilder key = new StringBuilder("page:").append(page.retrievePageNumber());
            COSArray a = page.getCOSObject();
            for (int i = 1; i < a.size(); i++) {
                key.append(':').append(a.getObject(i));
            }
            return key.toString();
        }
        return "";
    }
}
