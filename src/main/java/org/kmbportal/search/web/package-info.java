/** The search page: query box with suggestions, facets with counts, highlighted results and paging. */
package org.kmbportal.search.web;
