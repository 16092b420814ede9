/**
 * Curation: collections of library resources and outside links that mentors put together, annotate and share with
 * the organizations they support.
 */
package org.kmbportal.curation;
