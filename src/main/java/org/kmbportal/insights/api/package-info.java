/**
 * The reader-signal endpoints ({@code POST /api/resources/{id}/feedback}, {@code POST /api/resources/{id}/uptake})
 * and the editors' reports ({@code GET /api/insights/searches}, {@code gaps}, {@code resources}, {@code export}),
 * answering records serialized by JSON-B and described for {@code /openapi}.
 */
package org.kmbportal.insights.api;
