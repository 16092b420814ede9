/**
 * {@code /api/partnerships}: partnerships, their plans, check-ins, notes, calendar and report as JSON (records
 * serialized by JSON-B and described for {@code /openapi}), with this feature's own error mapping.
 */
package org.kmbportal.partnerships.api;
