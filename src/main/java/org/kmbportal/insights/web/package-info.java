/**
 * The editors' insight page ({@code /editor/insights}) with its charts, tables and "start a draft from this gap", the
 * organization's own "what we used" page ({@code /account/used}), and the beans behind the "was this useful?" and
 * "we used this" widgets that the resource and organization pages include.
 */
package org.kmbportal.insights.web;
