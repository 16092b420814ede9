/**
 * The library: research summaries and practice guides, their citations, and the controlled vocabularies they are
 * described with. {@link org.kmbportal.library.LibraryService} is the one way to read and change them; every change to
 * a resource also writes a row to the change log that keeps the search index true.
 */
package org.kmbportal.library;
