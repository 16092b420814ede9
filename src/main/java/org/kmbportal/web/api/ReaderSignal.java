package org.kmbportal.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint anonymous readers may POST to without a session or a CSRF token because it writes nothing but an
 * anonymous reader signal (a "was this useful?" answer) and refuses more than its rate limits per session and per
 * address allow. The CSRF check does not apply to it; a forged call could do no more than a reader's own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReaderSignal {
}
