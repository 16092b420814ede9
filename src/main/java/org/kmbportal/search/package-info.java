/**
 * Everything Lucene: analyzers per language with the taxonomy's synonyms, the mapping of resources to documents, the
 * index's life cycle (it follows the library's change log, rebuilds aside and swaps), queries from people, facets,
 * highlights, suggestions and related resources. No other package imports Lucene; they use {@link SearchService}, and
 * reach the index's life cycle (how it stays true to the database, rebuilds) only through {@link IndexConsistency}.
 */
package org.kmbportal.search;
