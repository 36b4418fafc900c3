package org.eacplanner.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eacplanner.export.ExportFiles;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.ExportOptions;
import org.eacplanner.export.Logo;
import org.eacplanner.export.Paper;
import org.eacplanner.export.Section;
import org.eacplanner.model.Assessment;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.findings.EvaluationViewModel;

/**
 * The Export step's state and actions: the options (format, report language, paper, redaction, sections, the
 * cover's consultant, company, client and logo), the target file with a default name that follows the format
 * and redaction until the user names the file, and one export at a time run off the FX thread, ending in a
 * result (the file written) or a failure (what went wrong, and where). The consultant's details are remembered.
 */
public final class ExportStepViewModel {

    /** Why an export (or loading the logo) failed; the view words it. */
    public enum Problem { ACCESS_DENIED, NO_SUCH_FOLDER, NOT_A_FOLDER, INVALID_PATH, NO_TARGET, LOGO, OTHER }

    /** A failure: what went wrong, the file concerned, and the technical detail (may be null). */
    public record Failure(Problem problem, Path file, String detail) {
    }

    private final AssessmentDocument document;
    private final EvaluationViewModel evaluation;
    private final ExportServices services;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.HTML);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final BooleanProperty redact = new SimpleBooleanProperty();
    private final StringProperty consultant = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty client = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper author = new ReadOnlyStringWrapper("");
    private final Map<Section, BooleanProperty> sections = new EnumMap<>(Section.class);
    private final ReadOnlyObjectWrapper<Path> logoFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Logo> logo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Failure> logoFailure = new ReadOnlyObjectWrapper<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;

    private Path folder;
    /** The target this view model set by itself (not typed or chosen); followed while it is unchanged. */
    private String defaultTarget;
    private String defaultName;
    private String defaultClient;

    public ExportStepViewModel(AssessmentDocument document, EvaluationViewModel evaluation, ExportServices services,
            Locale appLanguage) {
        this.document = document;
        this.evaluation = evaluation;
        this.services = services;
        for (Section s : Section.values()) {
            sections.put(s, new SimpleBooleanProperty(true));
        }
        ExportPreferences.Saved saved = services.preferences().load();
        consultant.set(saved.consultant() == null ? "" : saved.consultant());
        company.set(saved.company() == null ? "" : saved.company());
        paper.set(saved.paper() == null ? Paper.A4 : saved.paper());
        format.set(saved.format() == null ? ExportFormat.HTML : saved.format());
        language.set(saved.language() != null ? saved.language() : supported(appLanguage));
        folder = saved.folder() != null ? saved.folder() : Path.of(System.getProperty("user.home"));
        if (saved.logo() != null) {
            // Read off the FX thread (it may sit on a slow share); a remembered logo that no longer loads is
            // quietly forgotten, and one the user picked meanwhile wins.
            Path remembered = saved.logo();
            services.tasks().run(() -> Logo.read(remembered), loaded -> {
                if (logoFile.get() == null) {
                    logo.set(loaded);
                    logoFile.set(remembered.toAbsolutePath());
                }
            }, e -> { });
        }
        defaultClient = clientOf(document.assessment());
        client.set(defaultClient);
        author.set(authorOf(document.assessment()));
        defaultName = defaultFileName();
        defaultTarget = defaultFolder().resolve(defaultName).toString();
        target.set(defaultTarget);

        format.addListener((o, old, now) -> followDefaultName(old));
        redact.addListener(o -> followDefaultName(format.get()));
        services.assessmentFile().addListener(o -> followDefaultName(format.get()));
        document.assessmentProperty().addListener((o, old, now) -> {
            String next = clientOf(now);
            if (client.get().strip().equals(defaultClient)) {
                client.set(next);
            }
            defaultClient = next;
            author.set(authorOf(now));
            followDefaultName(format.get());
        });
        canExport = Bindings.createBooleanBinding(() -> !running.get() && !target.get().isBlank(), running, target);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty redactProperty() {
        return redact;
    }

    public StringProperty consultantProperty() {
        return consultant;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty clientProperty() {
        return client;
    }

    /** Who prepared the assessment: the report's author when no consultant name is given ("" when unknown). */
    public ReadOnlyStringProperty authorProperty() {
        return author.getReadOnlyProperty();
    }

    public BooleanProperty sectionProperty(Section section) {
        return sections.get(section);
    }

    public ReadOnlyObjectProperty<Path> logoFileProperty() {
        return logoFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Logo> logoProperty() {
        return logo.getReadOnlyProperty();
    }

    /** Why the last logo chosen was refused; null when it loaded. */
    public ReadOnlyObjectProperty<Failure> logoFailureProperty() {
        return logoFailure.getReadOnlyProperty();
    }

    /** The file to write, as typed or chosen. */
    public StringProperty targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The file the last export wrote; null before or while exporting, and after a failure. */
    public ReadOnlyObjectProperty<Path> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** Whether the format is a report (HTML or PDF), which has a cover, sections and (PDF) a paper size. */
    public static boolean isReport(ExportFormat f) {
        return f == ExportFormat.HTML || f == ExportFormat.PDF;
    }

    /** The folder a file chooser starts in: the target's, if it exists, else the one last exported to. */
    public Path folder() {
        Path t = targetPath();
        Path dir = t == null ? null : t.getParent();
        return dir != null && Files.isDirectory(dir) ? dir : folder;
    }

    /** The target's file name, else the default one. */
    public String fileName() {
        Path t = targetPath();
        return t == null || t.getFileName() == null ? defaultFileName() : t.getFileName().toString();
    }

    /** Sets the target (from a file chooser). */
    public void setTarget(Path file) {
        target.set(file.toAbsolutePath().toString());
    }

    /** The options the export uses; the client name only when it differs from the file's. */
    public ExportOptions options() {
        ExportOptions o = ExportOptions.defaults(language.get())
                .withConsultant(consultant.get(), company.get())
                .withPaper(paper.get())
                .withRedaction(redact.get())
                .withLogo(logo.get());
        String name = client.get() == null ? "" : client.get().strip();
        if (!name.isEmpty() && !name.equals(clientOf(document.assessment()))) {
            o = o.withClient(name);
        }
        Set<Section> chosen = EnumSet.noneOf(Section.class);
        sections.forEach((s, on) -> {
            if (on.get()) {
                chosen.add(s);
            }
        });
        // No section ticked means the bare cover and contents; the options read an empty set as "all".
        return chosen.isEmpty() ? o.withSections(Set.of(Section.SUMMARY)) : o.withSections(Collections.unmodifiableSet(chosen));
    }

    /**
     * The default file name: {@code NAME.plan.pdf} beside {@code NAME.eacplan.json}; for an assessment not yet
     * saved, the name comes from its title (or client), as a save would name it.
     */
    public String defaultFileName() {
        Path file = services.assessmentFile().getValue();
        if (file == null) {
            Assessment a = document.assessment();
            String title = a.title() != null && !a.title().isBlank() ? a.title() : clientOf(a);
            String base = title.replaceAll("[^\\p{L}\\p{N} _-]+", " ").replaceAll("\\s+", " ").strip();
            file = Path.of((base.isEmpty() ? "assessment" : base) + ".eacplan.json");
        }
        return ExportFiles.defaultName(file, format.get(), redact.get());
    }

    /** Loads the logo from {@code file}; a file that is not a PNG or JPEG image (or too large) is refused. */
    /** Reads and checks the logo off the FX thread; the preview and the export use it once it is read. */
    public void chooseLogo(Path file) {
        services.tasks().run(() -> Logo.read(file), loaded -> {
            logo.set(loaded);
            logoFile.set(file.toAbsolutePath());
            logoFailure.set(null);
        }, e -> logoFailure.set(new Failure(Problem.LOGO, file, e.getMessage())));
    }

    public void clearLogo() {
        logo.set(null);
        logoFile.set(null);
        logoFailure.set(null);
    }

    /**
     * Exports the current assessment as of the evaluation date, off the FX thread, replacing a file that is there
     * (the view asks first, through {@link #export(Predicate)}); ignored while one runs.
     */
    public void export() {
        export(file -> true);
    }

    /**
     * Exports; when the file is there already (looked up off the FX thread), {@code replace} is asked first and a
     * "no" writes nothing.
     */
    public void export(Predicate<Path> replace) {
        if (running.get()) {
            return;
        }
        result.set(null);
        failure.set(null);
        Path file;
        try {
            file = resolveTarget();
        } catch (InvalidPathException e) {
            failure.set(new Failure(Problem.INVALID_PATH, null, target.get()));
            return;
        }
        if (file == null) {
            failure.set(new Failure(Problem.NO_TARGET, null, null));
            return;
        }
        // what a save would write: answers that fail a semantic check count as unknown, as in the saved file
        Assessment assessment = document.answered();
        LocalDate asOf = evaluation.asOfProperty().get() != null ? evaluation.asOfProperty().get() : LocalDate.now();
        ExportFormat f = format.get();
        ExportOptions options = options();
        Path typed = file;
        String name = defaultFileName();
        running.set(true);
        // looked up off the FX thread: a folder gets the default name; a file that is there is replaced only if asked
        services.tasks().run(() -> {
            Path t = Files.isDirectory(typed) ? typed.resolve(name) : typed;
            return new Target(t, Files.exists(t));
        }, found -> {
            try {
                if (!found.file().equals(typed)) {
                    target.set(found.file().toString());
                }
                if (found.exists() && !replace.test(found.file())) {
                    running.set(false); // the user keeps the file that is there
                    return;
                }
                write(assessment, asOf, f, options, found.file());
            } catch (RuntimeException e) {
                running.set(false);
                failure.set(ExportFailures.of(e, found.file()));
            }
        }, e -> {
            running.set(false);
            failure.set(ExportFailures.of(e, typed));
        });
    }

    private record Target(Path file, boolean exists) {
    }

    private void write(Assessment assessment, LocalDate asOf, ExportFormat f, ExportOptions options, Path written) {
        folder = written.getParent();
        remember();
        services.tasks().run(() -> {
            services.exporter().export(assessment, asOf, f, options, written);
            return written;
        }, done -> {
            running.set(false);
            result.set(done);
        }, e -> {
            running.set(false);
            failure.set(ExportFailures.of(e, written));
        });
    }

    /** Opens the exported file with the desktop's application for it. */
    public void openFile() {
        if (result.get() != null) {
            services.opener().accept(result.get());
        }
    }

    /** Opens the folder the export was written to. */
    public void openFolder() {
        if (result.get() != null) {
            services.opener().accept(result.get().getParent());
        }
    }

    private void remember() {
        services.preferences().save(new ExportPreferences.Saved(consultant.get(), company.get(), logoFile.get(),
                paper.get(), format.get(), language.get(), folder));
    }

    private Path targetPath() {
        try {
            return resolveTarget();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Where an export goes by default: beside the saved assessment, else where the last export went. */
    private Path defaultFolder() {
        Path file = services.assessmentFile().getValue();
        Path dir = file == null ? null : file.toAbsolutePath().getParent();
        return dir != null ? dir : folder;
    }

    /** The typed target as an absolute path (a bare name goes into the default folder); null when blank. */
    private Path resolveTarget() {
        String typed = target.get() == null ? "" : target.get().strip();
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.startsWith("~" + File.separator)) {
            typed = System.getProperty("user.home") + typed.substring(1);
        }
        Path p = Path.of(typed);
        return p.isAbsolute() ? p : defaultFolder().resolve(p).toAbsolutePath();
    }

    /**
     * Keeps the target's name the default one while the user has not named the file: a default name follows the
     * format and redaction; a name of the user's keeps its stem and only changes its extension with the format.
     */
    private void followDefaultName(ExportFormat previousFormat) {
        String next = defaultFileName();
        Path t = targetPath();
        if (t == null || t.getFileName() == null || target.get().equals(defaultTarget)) {
            defaultTarget = defaultFolder().resolve(next).toString();
            target.set(defaultTarget);
        } else {
            String name = t.getFileName().toString();
            String oldExtension = "." + previousFormat.extension();
            Path dir = t.getParent() == null ? folder : t.getParent();
            if (name.equals(defaultName)) {
                target.set(dir.resolve(next).toString());
            } else if (name.endsWith(oldExtension) && previousFormat != format.get()) {
                target.set(dir.resolve(name.substring(0, name.length() - oldExtension.length()) + "."
                        + format.get().extension()).toString());
            }
        }
        defaultName = next;
    }

    /** One of the app's languages: {@code l}'s, else English (the base bundle's locale is the root locale). */
    private static Locale supported(Locale l) {
        return UiSettings.SUPPORTED.stream().filter(s -> l != null && s.getLanguage().equals(l.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }

    private static String authorOf(Assessment a) {
        return a == null || a.preparedBy() == null || a.preparedBy().name() == null ? ""
                : a.preparedBy().name().strip();
    }

    private static String clientOf(Assessment a) {
        return a == null || a.client() == null || a.client().name() == null ? "" : a.client().name().strip();
    }
}
