package dev.kassa.adapters.web.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a request record that must be present and not null in the JSON body; a body
 * without it is answered {@code 400 validation_failed} naming every missing field. Use boxed types
 * ({@code Long}, not {@code long}) for required numbers, so that absence can be seen.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {}
