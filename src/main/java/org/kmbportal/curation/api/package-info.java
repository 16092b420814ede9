/** The collections' REST endpoints under {@code /api/collections}, and their exports. */
package org.kmbportal.curation.api;
