/**
 * The editors' pages: the workspace, the form that mirrors the content format (with a live preview rendered exactly
 * as readers will see it), a resource's history with differences between revisions, and the zip import.
 */
package org.kmbportal.editorial.web;
