/** The "For my organization" page: a guided profile form and the resources ranked for it, with reasons. */
package org.kmbportal.matching.web;
