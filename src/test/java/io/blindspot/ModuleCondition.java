package io.blindspot;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;

/** Conditions about which module (top-level package under {@code io.blindspot}) a class belongs to. */
final class ModuleCondition {

    private static final String ROOT = "io.blindspot.";

    static final ArchCondition<JavaClass> USE_ANOTHER_MODULES_REPOSITORY =
            new ArchCondition<>("use a repository of another module") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        boolean foreignRepository = target.isAssignableTo(Repository.class)
                                && target.getPackageName().startsWith(ROOT)
                                && !moduleOf(target).equals(moduleOf(javaClass));
                        if (foreignRepository) {
                            events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                        }
                    }
                }
            };

    private ModuleCondition() {}

    static String moduleOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT)) {
            return name;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
