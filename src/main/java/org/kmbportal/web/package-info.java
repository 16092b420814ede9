/**
 * What all pages and the API share: the reader's language, security headers, the JAX-RS application with its error
 * mapping, and the layout template's helpers. Feature pages live beside their feature (for example
 * {@code library.web}).
 */
package org.kmbportal.web;
