package org.kmbportal.accounts;

import jakarta.ejb.ApplicationException;

/** A request about accounts that cannot be done as asked; the key names the message shown, in the reader's language. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey, String englishMessage) {
        super(englishMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
