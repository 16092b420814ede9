package org.kmbportal.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST (or other unsafe method) endpoint that changes nothing and needs no session, such as
 * {@code POST /api/match}: the CSRF check does not apply to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface StateFree {
}
