package io.blindspot;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Keeps the picture in STYLE.md true: pure domain code, thin views, one Drools adapter, no cycles. */
@AnalyzeClasses(packages = "io.blindspot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scoring_is_plain_java = noClasses()
            .that()
            .resideInAPackage("io.blindspot.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.kie..", "org.drools..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule the_fact_model_is_plain_java = noClasses()
            .that()
            .resideInAPackage("io.blindspot.rules.facts..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.kie..", "org.drools..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_the_engine_adapter_touches_drools = noClasses()
            .that()
            .resideOutsideOfPackage("io.blindspot.rules.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule rules_and_scoring_know_nothing_of_vaadin = noClasses()
            .that()
            .resideInAnyPackage("io.blindspot.rules..", "io.blindspot.scoring..")
            .and()
            .resideOutsideOfPackage("io.blindspot.rules.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule only_ui_packages_use_vaadin_components = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule views_do_not_touch_the_entity_manager = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule no_cycles_between_packages =
            slices().matching("io.blindspot.(**)").should().beFreeOfCycles();

    /** {@code (**)} compares sub-packages one by one and so misses a cycle between two features. */
    @ArchTest
    static final ArchRule no_cycles_between_modules =
            slices().matching("io.blindspot.(*)..").should().beFreeOfCycles();

    /** The direction of docs/architecture.md, lowest first; a lower module reacts to a higher one by an event. */
    @ArchTest
    static final ArchRule modules_depend_only_on_modules_below_them = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.blindspot..")
            .withOptionalLayers(true)
            // the root package (Application, Commands) is the composition root: it starts the
            // server or hands the command line to the module that owns the command
            .ignoreDependency(resideInAPackage("io.blindspot"), alwaysTrue())
            .layer("base")
            .definedBy("io.blindspot.base..")
            .layer("security")
            .definedBy("io.blindspot.security..")
            .layer("audit")
            .definedBy("io.blindspot.audit..")
            .layer("scoring")
            .definedBy("io.blindspot.scoring..")
            .layer("assessment")
            .definedBy("io.blindspot.assessment..")
            .layer("team")
            .definedBy("io.blindspot.team..")
            .layer("rules")
            .definedBy("io.blindspot.rules..")
            .layer("workshop")
            .definedBy("io.blindspot.workshop..")
            .layer("privacy")
            .definedBy("io.blindspot.privacy..")
            .layer("shell")
            .definedBy("io.blindspot.shell..")
            .layer("demo")
            .definedBy("io.blindspot.demo..")
            .whereLayer("demo")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("shell")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("privacy")
            .mayOnlyBeAccessedByLayers("shell", "demo")
            .whereLayer("workshop")
            .mayOnlyBeAccessedByLayers("privacy", "shell", "demo")
            .whereLayer("rules")
            .mayOnlyBeAccessedByLayers("workshop", "privacy", "shell", "demo")
            .whereLayer("team")
            .mayOnlyBeAccessedByLayers("rules", "workshop", "privacy", "shell", "demo")
            .whereLayer("assessment")
            .mayOnlyBeAccessedByLayers("team", "rules", "workshop", "privacy", "shell", "demo")
            .whereLayer("scoring")
            .mayOnlyBeAccessedByLayers("assessment", "team", "rules", "workshop", "privacy", "shell", "demo")
            .whereLayer("audit")
            .mayOnlyBeAccessedByLayers("scoring", "assessment", "team", "rules", "workshop", "privacy", "shell", "demo")
            .whereLayer("security")
            .mayOnlyBeAccessedByLayers(
                    "audit", "scoring", "assessment", "team", "rules", "workshop", "privacy", "shell", "demo");

    /** A module reads another's data through its services and published records, never its repositories. */
    @ArchTest
    static final ArchRule a_module_uses_only_its_own_repositories =
            noClasses().should(ModuleCondition.USE_ANOTHER_MODULES_REPOSITORY);

    @ArchTest
    static final ArchRule every_feature_package_says_what_it_is_for =
            classes().that().resideInAPackage("io.blindspot.*..").should(PackageInfoCondition.HAVE_PACKAGE_INFO);
}
