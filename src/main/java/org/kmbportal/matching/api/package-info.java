/** {@code POST /api/match}: an organization profile in, ranked resources with their reasons out. */
package org.kmbportal.matching.api;
