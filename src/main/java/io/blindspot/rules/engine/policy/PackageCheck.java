package io.blindspot.rules.engine.policy;

import io.blindspot.rules.facts.Parameters;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule file as a whole: {@code package blindspot;}, imports of the fact model only, the one global
 * {@code params}, and rules. Functions, type declarations, other imports, entry points and windows
 * are refused; each rule is then checked by {@link RuleCheck}.
 */
final class PackageCheck {

    /** The package every rule file declares; the rule compiler keeps rule files under it. */
    static final String PACKAGE = "blindspot";

    private final FactModel model;
    private final Violations violations;

    PackageCheck(FactModel model, Violations violations) {
        this.model = model;
        this.violations = violations;
    }

    void check(PackageDescr pkg) {
        if (!PACKAGE.equals(pkg.getName())) {
            violations.at(
                    pkg,
                    pkg.getName() == null || pkg.getName().isEmpty()
                            ? PolicyText.of("rules.policy.package-none", PACKAGE)
                            : PolicyText.of("rules.policy.package", PACKAGE, pkg.getName()));
        }
        pkg.getImports().forEach(this::importOf);
        pkg.getFunctionImports()
                .forEach(i -> violations.at(i, PolicyText.of("rules.policy.import-function", i.getTarget())));
        pkg.getAccumulateImports()
                .forEach(i -> violations.at(i, PolicyText.of("rules.policy.import-accumulate", i.getTarget())));
        pkg.getGlobals().forEach(this::global);
        for (FunctionDescr function : pkg.getFunctions()) {
            violations.at(function, PolicyText.of("rules.policy.function", function.getName()));
        }
        for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
            violations.at(type, PolicyText.of("rules.policy.declare", type.getTypeName(), model.typeNames()));
        }
        pkg.getEntryPointDeclarations().forEach(e -> violations.at(e, PolicyText.of("rules.policy.entry-point")));
        pkg.getWindowDeclarations().forEach(w -> violations.at(w, PolicyText.of("rules.policy.window")));
        RuleCheck.attributes(pkg.getAttributes(), violations);
        if (pkg.getUnit() != null) {
            violations.at(pkg.getUnit(), PolicyText.of("rules.policy.unit"));
        }
        RuleCheck rules = new RuleCheck(model, violations);
        for (RuleDescr rule : pkg.getRules()) {
            rules.check(rule);
        }
    }

    private void importOf(ImportDescr descr) {
        String target = descr.getTarget();
        String facts = model.packageName() + ".";
        boolean allowed = target.equals(facts + "*")
                || (target.startsWith(facts)
                        && model.type(target.substring(facts.length())).isPresent());
        if (!allowed) {
            violations.at(descr, PolicyText.of("rules.policy.import", target, facts));
        }
    }

    private void global(GlobalDescr global) {
        boolean params = global.getIdentifier().equals("params")
                && model.type(global.getType())
                        .filter(t -> t == Parameters.class)
                        .isPresent();
        if (!params) {
            violations.at(global, PolicyText.of("rules.policy.global", global.getType(), global.getIdentifier()));
        }
    }
}
