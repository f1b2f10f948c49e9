package io.blindspot.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the rule engine's layering true: facts are plain Java, only the engine knows Drools. */
class RulesArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.blindspot.rules");

    @Test
    void the_fact_model_uses_only_the_jdk() {
        classes()
                .that()
                .resideInAPackage("io.blindspot.rules.facts")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.blindspot.rules.facts", "java..")
                .check(RULES);
    }

    @Test
    void only_the_engine_imports_drools_or_kie() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.blindspot.rules.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .check(RULES);
    }

    @Test
    void the_rule_engine_uses_no_framework_and_not_the_scoring_module() {
        // rules.store, rules.live, rules.api and rules.ui are the Spring wiring around the pure engine.
        noClasses()
                .that()
                .resideInAnyPackage("io.blindspot.rules", "io.blindspot.rules.facts", "io.blindspot.rules.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "io.blindspot.scoring..")
                .check(RULES);
    }

    @Test
    void the_engine_does_not_depend_on_the_entry_point() {
        noClasses()
                .that()
                .resideInAPackage("io.blindspot.rules.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.blindspot.rules")
                .check(RULES);
    }
}
