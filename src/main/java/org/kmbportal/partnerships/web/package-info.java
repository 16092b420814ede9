/**
 * The pages under {@code /partnerships/}: my partnerships, a partnership's dashboard, the plan editor, a check-in and
 * the report; each backing bean serves one page and calls the services only.
 */
package org.kmbportal.partnerships.web;
