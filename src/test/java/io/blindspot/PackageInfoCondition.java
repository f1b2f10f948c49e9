package io.blindspot;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every package of ours carries a package-info.java that says what it is for. Checked on the
 * source tree, because javac writes no class file for a package-info that holds only Javadoc.
 */
final class PackageInfoCondition {

    static final ArchCondition<JavaClass> HAVE_PACKAGE_INFO = new ArchCondition<>("live in a documented package") {
        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            String packageName = javaClass.getPackageName();
            Path packageInfo = Path.of("src/main/java", packageName.replace('.', '/'), "package-info.java");
            if (!Files.exists(packageInfo)) {
                events.add(SimpleConditionEvent.violated(javaClass, packageName + " has no package-info.java"));
            }
        }
    };

    private PackageInfoCondition() {}
}
