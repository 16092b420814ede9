package org.kmbportal.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AccountErased;
import org.kmbportal.web.LocaleBean;

/**
 * Who did something, as a page says it: the name (or "Name &lt;email&gt;") as recorded, or, where the account was
 * deleted since ({@link AccountErased#FORMER_MEMBER} is stored), "a former member" in the reader's language.
 */
@Named("attribution")
@RequestScoped
public class Attribution {

    @Inject
    LocaleBean locale;

    /** A recorded label or name, in the reader's language where it is the erased account's marker. */
    public String of(String recorded) {
        return AccountErased.inLanguage(recorded, locale.getCurrent());
    }

    /** An author recorded by email and name (editorial revisions, review comments): the email says who was erased. */
    public String author(String email, String name) {
        return AccountErased.isFormerMember(email) ? of(email) : name;
    }
}
