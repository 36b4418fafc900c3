import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;

/**
 * A build tool, not part of the app: converts the AtlantaFX Primer stylesheets and the app's own {@code app.css}
 * to JavaFX's binary form, so the app does not parse ~180 KB of CSS on the way to its first frame. pom.xml runs
 * this file with the Java source launcher in process-classes, on the compile classpath:
 * {@code java -cp CLASSPATH build/StylesheetCompiler.java OUTPUT_DIR}.
 */
final class StylesheetCompiler {

    private static final String[] THEMES = {"primer-light", "primer-dark"};

    private StylesheetCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (String theme : THEMES) {
            Path css = Files.createTempFile(theme, ".css");
            try (InputStream in = PrimerLight.class
                    .getResourceAsStream("/atlantafx/base/theme/" + theme + ".css")) {
                if (in == null) {
                    throw new IOException("AtlantaFX has no " + theme + ".css");
                }
                Files.write(css, in.readAllBytes());
            }
            Stylesheet.convertToBinary(css.toFile(), new File(out.toFile(), theme + ".bss"));
            Files.delete(css);
        }
        // The app's own stylesheet, copied here by the resources phase.
        Path app = out.resolve("app.css");
        if (Files.exists(app)) {
            Stylesheet.convertToBinary(app.toFile(), new File(out.toFile(), "app.bss"));
        }
    }
}
