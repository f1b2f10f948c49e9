package io.blindspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module picture of README and docs/architecture.md, verified: each top-level package is a
 * module, modules form no cycle and use each other only through what a module publishes (its top
 * package or a declared named interface).
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_use_each_other_only_through_what_they_publish_and_never_in_a_circle() {
        MODULES.verify();
    }

    @Test
    void every_top_level_package_is_one_of_the_modules_of_the_picture() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "base",
                        "security",
                        "audit",
                        "scoring",
                        "assessment",
                        "team",
                        "rules",
                        "workshop",
                        "privacy",
                        "shell",
                        "demo");
    }

    @Test
    void the_module_documentation_is_written_with_a_diagram_and_a_canvas_per_module() throws Exception {
        new Documenter(MODULES).writeDocumentation();

        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> {
            String id = module.getIdentifier().toString();
            assertThat(docs.resolve("module-" + id + ".puml")).isNotEmptyFile();
            assertThat(docs.resolve("module-" + id + ".adoc")).isNotEmptyFile();
        });
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Shell", "Rules", "Base");
    }
}
