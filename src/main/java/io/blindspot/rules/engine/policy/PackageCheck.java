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
                    "a rule file starts with package " + PACKAGE + "; (this one has "
                            + (pkg.getName() == null || pkg.getName().isEmpty() ? "none" : pkg.getName()) + ")");
        }
        pkg.getImports().forEach(this::importOf);
        pkg.getFunctionImports()
                .forEach(i -> violations.at(
                        i,
                        "import function / import static " + i.getTarget()
                                + " is not allowed: rules call no methods outside the fact model"));
        pkg.getAccumulateImports()
                .forEach(i -> violations.at(
                        i,
                        "import accumulate " + i.getTarget()
                                + " is not allowed: use count, sum, min, max, average or collectList"));
        pkg.getGlobals().forEach(this::global);
        for (FunctionDescr function : pkg.getFunctions()) {
            violations.at(
                    function,
                    "function " + function.getName() + " is not allowed: rule files define no "
                            + "Java code; compute values with arithmetic in the rule, or ask for a property in the fact "
                            + "model");
        }
        for (AbstractClassTypeDeclarationDescr type : pkg.getClassAndEnumDeclarationDescrs()) {
            violations.at(
                    type,
                    "declare " + type.getTypeName() + " is not allowed: rules use the fact model (" + model.typeNames()
                            + ")");
        }
        pkg.getEntryPointDeclarations()
                .forEach(e -> violations.at(e, "entry points are not allowed: every " + "fact is in working memory"));
        pkg.getWindowDeclarations()
                .forEach(w -> violations.at(w, "windows are not allowed: rules see one team " + "at a time"));
        RuleCheck.attributes(pkg.getAttributes(), violations);
        if (pkg.getUnit() != null) {
            violations.at(pkg.getUnit(), "rule units are not allowed");
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
            violations.at(
                    descr,
                    "import " + target + " is not allowed: rule files import only the fact model, " + "import " + facts
                            + "*;");
        }
    }

    private void global(GlobalDescr global) {
        boolean params = global.getIdentifier().equals("params")
                && model.type(global.getType())
                        .filter(t -> t == Parameters.class)
                        .isPresent();
        if (!params) {
            violations.at(
                    global,
                    "global " + global.getType() + " " + global.getIdentifier() + " is not "
                            + "allowed: the only global is params, declared as global Parameters params;");
        }
    }
}
