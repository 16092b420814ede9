/**
 * Link checking: outside links in collections and article links in citations are checked on a schedule, politely,
 * with redirects followed and recorded and retries before a link is called broken. Nothing is deleted: broken and
 * moved links are shown to curators and editors.
 */
package org.kmbportal.curation.links;
