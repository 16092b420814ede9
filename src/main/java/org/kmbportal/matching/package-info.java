/**
 * Context matching: an organization states its context (the taxonomy's context facets, its program models,
 * populations, settings and topics) and its challenges in its own words; the portal ranks published resources for it
 * and says why each one fits, or where it may not transfer.
 */
package org.kmbportal.matching;
