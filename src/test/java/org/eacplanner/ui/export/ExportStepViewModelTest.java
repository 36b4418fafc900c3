package org.eacplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;
import org.eacplanner.checklist.Planner;
import org.eacplanner.edit.Edits;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.ExportOptions;
import org.eacplanner.export.Exporter;
import org.eacplanner.export.LogoTestImages;
import org.eacplanner.export.Paper;
import org.eacplanner.export.Section;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.FieldPath;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.findings.EvaluationViewModel;
import org.eacplanner.ui.start.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export step's logic without a window: options, default names, remembered details, outcomes. */
class ExportStepViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static Planner planner;
    private static Assessment example;

    @TempDir
    Path dir;

    private Preferences node;
    private AssessmentDocument document;
    private EvaluationViewModel evaluation;
    private final SimpleObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final List<Path> opened = new ArrayList<>();
    private final List<Object[]> exports = new ArrayList<>();
    private ExportServices.ExportAction action = (a, asOf, f, o, t) -> exports.add(new Object[] {a, asOf, f, o, t});

    @BeforeAll
    static void loadCatalog() throws Exception {
        planner = Planner.forLocale(Locale.ENGLISH);
        example = new Examples().load("exo-service-account");
    }

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("org/eacplanner/test/ExportStepViewModelTest");
        node.clear();
        document = new AssessmentDocument(example);
        evaluation = new EvaluationViewModel(document, planner,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        new ExportPreferences(node).save(new ExportPreferences.Saved(null, null, null, null, null, null, dir));
    }

    private ExportStepViewModel vm() {
        return new ExportStepViewModel(document, evaluation, new ExportServices(TaskRunner.sameThread(),
                new ExportPreferences(node), (a, asOf, f, o, t) -> action.export(a, asOf, f, o, t), opened::add, file),
                Locale.ENGLISH);
    }

    @Test
    void theChosenOptionsBecomeTheExportOptions() throws Exception {
        ExportStepViewModel vm = vm();
        assertThat(vm.options()).isEqualTo(ExportOptions.defaults(Locale.ENGLISH).withSections(EnumSet.allOf(Section.class)));
        assertThat(vm.clientProperty().get()).as("the client comes from the assessment").isEqualTo("Acme Robotics");

        vm.consultantProperty().set("  Dana Consultant ");
        vm.companyProperty().set("Northwind Advisory");
        vm.clientProperty().set("Acme Robotics GmbH");
        vm.paperProperty().set(Paper.LETTER);
        vm.languageProperty().set(Locale.GERMAN);
        vm.redactProperty().set(true);
        vm.sectionProperty(Section.INVENTORY).set(false);
        vm.sectionProperty(Section.EVIDENCE).set(false);
        Path png = png("logo.png");
        vm.chooseLogo(png);

        ExportOptions o = vm.options();
        assertThat(o.consultant()).isEqualTo("Dana Consultant");
        assertThat(o.company()).isEqualTo("Northwind Advisory");
        assertThat(o.client()).isEqualTo("Acme Robotics GmbH");
        assertThat(o.paper()).isEqualTo(Paper.LETTER);
        assertThat(o.locale()).isEqualTo(Locale.GERMAN);
        assertThat(o.redact()).isTrue();
        assertThat(o.sections()).containsExactlyInAnyOrder(Section.SUMMARY, Section.FINDINGS, Section.CHECKLIST,
                Section.SOURCES);
        assertThat(o.logo().bytes()).isEqualTo(Files.readAllBytes(png));

        vm.clientProperty().set("Acme Robotics");
        assertThat(vm.options().client()).as("the file's own client name is not an override").isNull();
        vm.clearLogo();
        assertThat(vm.options().logo()).isNull();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAsLogoAndTheOldOneKept() throws Exception {
        ExportStepViewModel vm = vm();
        Path png = png("logo.png");
        vm.chooseLogo(png);
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        vm.chooseLogo(text);
        assertThat(vm.logoFailureProperty().get().file()).isEqualTo(text);
        assertThat(vm.logoFileProperty().get()).isEqualTo(png.toAbsolutePath());
    }

    @Test
    void aLogoWithTooManyPixelsIsRefusedWithItsSizeAndTheOldOneKept() throws Exception {
        ExportStepViewModel vm = vm();
        Path png = png("logo.png");
        vm.chooseLogo(png);
        Path huge = Files.write(dir.resolve("huge.png"), LogoTestImages.pngHeader(16_000, 16_000));
        vm.chooseLogo(huge);
        assertThat(vm.logoFailureProperty().get()).isEqualTo(new ExportStepViewModel.Failure(
                ExportStepViewModel.Problem.LOGO, huge, "the logo is 16000 x 16000 pixels; the largest allowed is 4096 x 4096"));
        assertThat(vm.logoFileProperty().get()).isEqualTo(png.toAbsolutePath());
        assertThat(vm.options().logo().bytes()).isEqualTo(Files.readAllBytes(png));
    }

    @Test
    void theDefaultNameFollowsTheFileFormatAndRedactionUntilTheUserNamesTheFile() {
        ExportStepViewModel vm = vm();
        assertThat(vm.targetProperty().get()).as("unsaved: named after the title, in the last folder")
                .isEqualTo(dir.resolve("Acme Robotics Lightning Sync to EAC.plan.html").toString());

        file.set(Path.of("/clients/acme.eacplan.json"));
        Path beside = Path.of("/clients").toAbsolutePath();
        assertThat(vm.targetProperty().get()).as("saved: beside the assessment")
                .isEqualTo(beside.resolve("acme.plan.html").toString());
        vm.formatProperty().set(ExportFormat.PDF);
        assertThat(vm.targetProperty().get()).isEqualTo(beside.resolve("acme.plan.pdf").toString());
        vm.redactProperty().set(true);
        assertThat(vm.targetProperty().get()).isEqualTo(beside.resolve("acme.plan.redacted.pdf").toString());
        assertThat(vm.defaultFileName()).isEqualTo("acme.plan.redacted.pdf");

        vm.targetProperty().set(dir.resolve("for-the-board.pdf").toString());
        vm.formatProperty().set(ExportFormat.CSV);
        assertThat(vm.targetProperty().get()).as("the user's name keeps its stem")
                .isEqualTo(dir.resolve("for-the-board.csv").toString());
        vm.redactProperty().set(false);
        assertThat(vm.targetProperty().get()).isEqualTo(dir.resolve("for-the-board.csv").toString());
    }

    @Test
    void theConsultantsDetailsAreRememberedForTheNextRun() throws Exception {
        ExportStepViewModel vm = vm();
        Path png = png("logo.png");
        vm.consultantProperty().set("Dana Consultant");
        vm.companyProperty().set("Northwind Advisory");
        vm.chooseLogo(png);
        vm.paperProperty().set(Paper.LETTER);
        vm.formatProperty().set(ExportFormat.PDF);
        vm.languageProperty().set(Locale.GERMAN);
        Path out = Files.createDirectories(dir.resolve("out"));
        vm.targetProperty().set(out.resolve("plan.pdf").toString());
        vm.export();

        ExportPreferences.Saved saved = new ExportPreferences(node).load();
        assertThat(saved).isEqualTo(new ExportPreferences.Saved("Dana Consultant", "Northwind Advisory",
                png.toAbsolutePath(), Paper.LETTER, ExportFormat.PDF, Locale.GERMAN, out));

        ExportStepViewModel next = vm();
        assertThat(next.consultantProperty().get()).isEqualTo("Dana Consultant");
        assertThat(next.companyProperty().get()).isEqualTo("Northwind Advisory");
        assertThat(next.logoFileProperty().get()).isEqualTo(png.toAbsolutePath());
        assertThat(next.paperProperty().get()).isEqualTo(Paper.LETTER);
        assertThat(next.formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(next.languageProperty().get()).isEqualTo(Locale.GERMAN);
        assertThat(next.targetProperty().get()).startsWith(out.toString()).endsWith(".plan.pdf");
        assertThat(next.redactProperty().get()).as("redaction is chosen each time").isFalse();
    }

    @Test
    void aPreferenceThatNoLongerAppliesIsForgotten() throws Exception {
        node.put("export.logo", dir.resolve("gone.png").toString());
        node.put("export.paper", "TABLOID");
        node.put("export.folder", dir.resolve("gone").toString());
        node.put("export.language", "fr");
        ExportPreferences.Saved saved = new ExportPreferences(node).load();
        assertThat(saved).isEqualTo(new ExportPreferences.Saved(null, null, null, null, null, null, null));
        new ExportPreferences(node).save(new ExportPreferences.Saved(" ", null, null, Paper.A4, null, null, null));
        assertThat(node.keys()).containsExactly("export.paper");
    }

    @Test
    void anExportUsesTheInMemoryAssessmentAndTheEvaluationDateAndOffersToOpenIt() {
        ExportStepViewModel vm = vm();
        document.apply(Edits.answer(FieldPath.of("org.name"), "Edited Org", null));
        evaluation.asOfProperty().set(LocalDate.of(2027, 1, 5));
        vm.formatProperty().set(ExportFormat.JSON);
        vm.export();

        assertThat(exports).hasSize(1);
        Object[] call = exports.get(0);
        assertThat(call[0]).isSameAs(document.assessment());
        assertThat(call[1]).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(call[2]).isEqualTo(ExportFormat.JSON);
        Path written = dir.resolve("Acme Robotics Lightning Sync to EAC.plan.json");
        assertThat(call[4]).isEqualTo(written);
        assertThat(vm.resultProperty().get()).isEqualTo(written);
        assertThat(vm.runningProperty().get()).isFalse();
        vm.openFile();
        vm.openFolder();
        assertThat(opened).containsExactly(written, dir);
    }

    @Test
    void aFailedExportSaysWhatWentWrongAndWhere() throws Exception {
        ExportStepViewModel vm = vm();
        Path blocked = dir.resolve("locked/plan.html");
        action = (a, asOf, f, o, t) -> {
            throw new AccessDeniedException(t.getParent().toString());
        };
        vm.targetProperty().set(blocked.toString());
        vm.export();
        assertThat(vm.failureProperty().get()).isEqualTo(new ExportStepViewModel.Failure(
                ExportStepViewModel.Problem.ACCESS_DENIED, blocked, null));
        assertThat(vm.resultProperty().get()).isNull();

        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        action = (a, asOf, f, o, t) -> new Exporter(planner.catalog()).exportTo(a, asOf, f, o, t);
        vm.targetProperty().set(aFile.resolve("plan.html").toString());
        vm.export();
        assertThat(vm.failureProperty().get().problem()).isEqualTo(ExportStepViewModel.Problem.NOT_A_FOLDER);
        assertThat(vm.failureProperty().get().file()).isEqualTo(aFile.resolve("plan.html"));

        vm.targetProperty().set(" ");
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.export();
        assertThat(vm.failureProperty().get().problem()).isEqualTo(ExportStepViewModel.Problem.NO_TARGET);

        vm.targetProperty().set(dir.resolve("ok.html").toString());
        vm.export();
        assertThat(vm.failureProperty().get()).isNull();
        assertThat(dir.resolve("ok.html")).exists();
    }

    @Test
    void theClientFollowsTheAssessmentUntilTheUserChangesIt() {
        ExportStepViewModel vm = vm();
        document.apply(Edits.answer(FieldPath.of("client.name"), "Acme Holdings", null));
        assertThat(vm.clientProperty().get()).isEqualTo("Acme Holdings");
        vm.clientProperty().set("Acme (for the board)");
        document.apply(Edits.answer(FieldPath.of("client.name"), "Acme Group", null));
        assertThat(vm.clientProperty().get()).isEqualTo("Acme (for the board)");
        assertThat(vm.authorProperty().get()).as("named on the cover when no consultant is given")
                .isEqualTo(example.preparedBy().name());
    }

    @Test
    void theReportLanguageDefaultsToTheAppsOne() {
        assertThat(new ExportStepViewModel(document, evaluation, new ExportServices(TaskRunner.sameThread(),
                new ExportPreferences(node), action, opened::add, file), Locale.GERMAN).languageProperty().get())
                .isEqualTo(Locale.GERMAN);
        assertThat(new ExportStepViewModel(document, evaluation, new ExportServices(TaskRunner.sameThread(),
                new ExportPreferences(node), action, opened::add, file), Locale.ROOT).languageProperty().get())
                .as("the base bundle's root locale is English").isEqualTo(Locale.ENGLISH);
    }

    private Path png(String name) throws Exception {
        BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Files.write(dir.resolve(name), out.toByteArray());
    }
}
