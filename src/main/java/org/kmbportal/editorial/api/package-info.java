/**
 * The editors' REST endpoints under {@code /api/editor}: resources in any state as content-format text, saving with
 * the version the editor started from, workflow moves, revisions and their differences, review comments, schedules,
 * and zip import and export. Editors only; state-changing calls need the session's CSRF token.
 */
package org.kmbportal.editorial.api;
