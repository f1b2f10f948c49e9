package io.blindspot.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Scoring is reviewed as plain Java: it may use the JDK and itself, nothing else. */
class ScoringDependenciesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.blindspot.scoring", "io.blindspot.assessment.instrument");

    @Test
    void scoring_depends_on_nothing_but_the_jdk() {
        classes()
                .that()
                .resideInAPackage("io.blindspot.scoring")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.blindspot.scoring", "java..")
                .check(PRODUCTION);
    }

    @Test
    void the_instrument_reader_uses_no_application_framework() {
        noClasses()
                .that()
                .resideInAPackage("io.blindspot.assessment.instrument")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..")
                .check(PRODUCTION);
    }
}
