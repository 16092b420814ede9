package org.kmbportal.partnerships;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalSettings;
import org.kmbportal.web.Messages;
import org.kmbportal.web.QuotedText;

/**
 * Emails the people of a partnership about what matters between visits (a proposal, an acceptance, a check-in
 * recorded or moved, a nudge, a closing, a handover), once the change is committed and only when the portal has a
 * mail server. Notes and plan revisions stay in the portal. We do not know each person's language, so every message
 * is written in English and in French.
 */
@ApplicationScoped
public class PartnershipMail {

    @Inject
    PortalSettings settings;

    static final Set<Notification.Kind> EMAILED = EnumSet.of(Notification.Kind.PROPOSED,
            Notification.Kind.ACCEPTED, Notification.Kind.CHECK_IN_RECORDED, Notification.Kind.CHECK_IN_MOVED,
            Notification.Kind.NUDGE, Notification.Kind.CLOSED, Notification.Kind.HANDED_OVER,
            Notification.Kind.DECLINED, Notification.Kind.WITHDRAWN);

    @Inject
    Mailer mailer;

    /** About how long a title may be in a subject (which says it in both languages); the body has it whole. */
    static final int SUBJECT_TITLE = 60;

    void onEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnershipEvent event) {
        if (!EMAILED.contains(event.kind()) || !mailer.configured()) {
            return;
        }
        String subject = text(Locale.ENGLISH, "subject", event) + " / " + text(Locale.FRENCH, "subject", event);
        String link = settings.publicUrl().map(u -> u + "/partnerships/view?id="
                + event.partnershipId()).orElse("");
        String body = text(Locale.ENGLISH, "body", event) + "\n" + link + "\n\n" + text(Locale.FRENCH, "body", event)
                + "\n" + link + "\n\n-- \n" + Messages.format(Locale.ENGLISH, "partnerships.mail.footer") + "\n"
                + Messages.format(Locale.FRENCH, "partnerships.mail.footer") + "\n";
        mailer.sendLater(event.recipients().stream().map(to -> new Mailer.Mail(to, subject, body)).toList());
    }

    static String text(Locale locale, String part, PartnershipEvent event) {
        return part.equals("subject")
                ? Messages.format(locale, "partnerships.mail.subject", QuotedText.abridged(event.title(), locale,
                        SUBJECT_TITLE))
                : Messages.format(locale, "partnerships.notification." + event.kind().key(),
                        arguments(event.title(), event.detail(), locale));
    }

    /**
     * A notification's words take the partnership's title, quoted as messages quote someone's text (its own marks not
     * doubled) but whole, so that two long titles that begin alike read apart, then the parts of its detail
     * (separated by '|').
     */
    public static Object[] arguments(String title, String detail, Locale locale) {
        String[] parts = detail == null || detail.isEmpty() ? new String[0] : detail.split("\\|");
        Object[] arguments = new Object[parts.length + 1];
        arguments[0] = QuotedText.whole(title, locale);
        for (int i = 0; i < parts.length; i++) {
            // who did it, once their account is deleted: "a former member" in the reader's language
            arguments[i + 1] = org.kmbportal.accounts.AccountErased.inLanguage(parts[i], locale);
        }
        return arguments;
    }
}
