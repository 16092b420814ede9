/**
 * The pages about people: sign-in, sign-up, accepting an invitation, one's own account, and the administrators'
 * pages for accounts, roles, invitations and the audit log.
 */
package org.kmbportal.accounts.web;
