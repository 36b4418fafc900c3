package org.eacplanner;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.eacplanner.model.Assessment;

/** The layering rules of the foundation: only the UI (and the entry point) touch JavaFX; no package cycles. */
@AnalyzeClasses(packages = "org.eacplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.eacplanner.ui..")
            .and().doNotHaveFullyQualifiedName("org.eacplanner.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..",
                    "org.controlsfx..")
            .because("domain logic (model, rules, checklist, storage, export, probe, cli) knows nothing of JavaFX");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("org.eacplanner.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDoesNotDependOnOuterLayers = noClasses()
            .that().resideInAnyPackage("org.eacplanner.model..", "org.eacplanner.rules..", "org.eacplanner.checklist..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eacplanner.storage..", "org.eacplanner.export..",
                    "org.eacplanner.probe..", "org.eacplanner.cli..", "org.eacplanner.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule threadsOnlyThroughTheTaskPackage = noClasses()
            .that().resideOutsideOfPackage("org.eacplanner.task..")
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().callMethodWhere(target(owner(type(CompletableFuture.class)))
                    .and(target(name("supplyAsync")).or(target(name("runAsync")))))
            .orShould().callMethodWhere(target(owner(type(ForkJoinPool.class))).and(target(name("commonPool"))))
            .because("background work runs through org.eacplanner.task (cancel, progress, a same-thread twin for"
                    + " tests) on threads the program owns");

    @ArchTest
    static final ArchRule assessmentsChangeThroughNamedOperations = noClasses()
            .that().resideOutsideOfPackage("org.eacplanner.model..")
            .should().callConstructorWhere(target(owner(type(Assessment.class))))
            .because("a changed assessment is made by its withers (one field each), not by twenty arguments by"
                    + " position");
}
