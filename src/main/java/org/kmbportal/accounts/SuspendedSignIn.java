package org.kmbportal.accounts;

import jakarta.enterprise.context.RequestScoped;

/**
 * Set during a request when its sign-in was refused only because an administrator suspended the account: the email
 * and password were right. The sign-in page then says the access is suspended instead of "the email or the password
 * is not right"; someone without the password learns nothing about the account.
 */
@RequestScoped
public class SuspendedSignIn {

    private boolean refused;

    void refused() {
        refused = true;
    }

    /** Whether this request's sign-in had the right password for an account whose access is suspended. */
    public boolean wasRefused() {
        return refused;
    }
}
