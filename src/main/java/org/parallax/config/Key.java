package org.parallax.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents and bounds one configuration key. Every public field of a configuration section carries
 * one; {@link ConfigValidator} enforces it and {@link ConfigDocs} turns it into the reference docs and
 * the shipped {@code conf/parallax.yaml}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Key {
  /** One line that says what the key does. */
  String doc();

  /** Smallest allowed value (numbers only). */
  double min() default Double.NEGATIVE_INFINITY;

  /** Largest allowed value (numbers only). */
  double max() default Double.POSITIVE_INFINITY;

  /** Allowed values (strings only); empty means any non-empty string. */
  String[] oneOf() default {};

  /** Whether a string key may be left empty (null). */
  boolean optional() default false;
}
