/**
 * People and organizations: accounts with a PBKDF2 password hash and roles, sign-in through Jakarta Security with our
 * own identity store and sign-in page, throttling of failed sign-ins, invitations, the first administrator, the
 * {@link org.kmbportal.accounts.Guard} every service and endpoint asks, and the audit log administrators read.
 */
package org.kmbportal.accounts;
