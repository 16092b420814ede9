/**
 * The JAX-RS application at {@code /api} and what every endpoint shares: errors as {@code {"error", "message"}} with
 * a 4xx status, never a stack trace, and checks of query parameters.
 */
package org.kmbportal.web.api;
