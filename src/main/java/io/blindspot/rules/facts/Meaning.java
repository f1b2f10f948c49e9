package io.blindspot.rules.facts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a property, helper, value or parameter of the fact model means, in one sentence for the HR
 * people who write rules. The rule editor's fact-model reference reads it from the code at run time,
 * next to the name and type it reads from the same place, so the reference cannot drift from the
 * model; a test fails when a property rules can see has none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface Meaning {

    /** One plain sentence: what it is, its unit or range, and an example where that helps. */
    String value();
}
