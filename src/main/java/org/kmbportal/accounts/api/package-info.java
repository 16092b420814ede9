/**
 * The accounts' REST endpoints: the session (who is signed in, and the CSRF token), one's account and organization,
 * and the administrators' endpoints for accounts, roles, invitations and the audit log.
 */
package org.kmbportal.accounts.api;
