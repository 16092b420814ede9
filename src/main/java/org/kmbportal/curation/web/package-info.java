/** The collections' pages: the list of public collections and a collection's own page. */
package org.kmbportal.curation.web;
