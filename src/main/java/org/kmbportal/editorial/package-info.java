/**
 * The editorial workflow: states (draft, in review, published, archived), revisions of every save with their
 * differences and restore, review comments, scheduled publishing, and bulk import and export in the content format.
 * Every change to a resource goes through {@link org.kmbportal.library.LibraryService}, so it reaches search through
 * the change log.
 */
package org.kmbportal.editorial;
