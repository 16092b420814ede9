/** The search endpoints: {@code /api/search} with facets and highlights, and {@code /api/suggest}. */
package org.kmbportal.search.api;
