/** The library's REST endpoints: one resource with its rendered body, and listings by type, topic and language. */
package org.kmbportal.library.api;
