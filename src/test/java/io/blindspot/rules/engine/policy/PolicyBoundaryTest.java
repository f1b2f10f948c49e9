package io.blindspot.rules.engine.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.engine.RuleCompiler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy is a security boundary only while nothing compiles rule files around it: the pipeline,
 * which checks them first, is the one caller of the compiler.
 */
class PolicyBoundaryTest {

    @Test
    void only_the_pipeline_compiles_rule_files() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(RulePipeline.class, RuleCompiler.class)
                .should()
                .callMethod(RuleCompiler.class, "compile", Map.class, String.class)
                .because("rule files must pass the policy check before anything compiles them")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.blindspot"));
    }
}
