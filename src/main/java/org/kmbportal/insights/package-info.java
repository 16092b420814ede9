/**
 * Reader signals turned into the editors' work list: "was this useful?" on resources and matches, "we used this" from
 * organizations, and searches kept without personal data (the words, language, number of results and the rank of
 * the result opened; never who searched), with their retention, and the reports of the editors' insight page.
 * Nothing here is imported by the features it listens to: searches arrive as CDI events from {@code search}.
 */
package org.kmbportal.insights;
