package org.kmbportal.accounts.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AuditEntry;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;
import org.kmbportal.web.UtcTime;

/** The audit log for administrators ({@code admin/audit.xhtml}): newest first, in the reader's language. */
@Named("audit")
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 300;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    @Inject
    LocaleBean locale;

    @Inject
    AuditObjects objects;

    private List<AuditEntry> entries;
    private List<Row> rows;
    private AuditWords words;

    /** One line of the page: the entry, its subject named for people, and its action and detail in words. */
    public record Row(AuditEntry entry, AuditObjects.Subject subject, String action, String detail) {
        /** When it happened, in UTC with its seconds, as the history pages say it. */
        public String when() {
            return AuditBacking.when(entry.getOccurredAt());
        }
    }

    /** An entry's time in UTC, always with its seconds: "01:04:00 UTC" on the whole minute, not "01:04 UTC". */
    static String when(java.time.OffsetDateTime time) {
        return UtcTime.format(time);
    }

    /** An account as some entries name it: "Display Name <email>". */
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile(
            ".*<([^<>\\s]+@[^<>\\s]+)>\\s*");

    /**
     * Who did it, by one rule (the page's introduction says it): an account by its email, which identifies it (names
     * change, and some entries were recorded as "Name &lt;email&gt;", others as the email alone); what the portal did
     * by itself (start-up, scheduled publishing) in words.
     */
    public String who(String actor) {
        return who(actor, messages);
    }

    static String who(String actor, Messages messages) {
        String recorded = actor == null ? "" : actor.strip();
        java.util.regex.Matcher labelled = LABELLED.matcher(recorded);
        if (labelled.matches()) {
            return labelled.group(1);
        }
        return recorded.contains("@") ? recorded : messages.getOrDefault("audit.who." + recorded, recorded);
    }

    /** What happened, in the reader's language ("Roles changed" for {@code roles.changed}); an unknown key as it is. */
    public String action(String key) {
        return messages.getOrDefault("audit.action." + key, key);
    }

    /**
     * An entry's detail in the reader's language where the portal wrote it (roles and states named in words, its
     * own sentences said from the bundle); names and other text as recorded.
     */
    public String detail(AuditEntry entry) {
        if (words == null) {
            words = new AuditWords(locale.getCurrent());
        }
        return words.detail(entry.getAction(), entry.getDetail());
    }

    /** What the entry is about, in words (see {@link AuditObjects}). */
    public AuditObjects.Subject subject(AuditEntry entry) {
        return objects.of(entry);
    }

    /** The newest entries, each named and said in the reader's language (subjects looked up once per page). */
    public List<Row> getRows() {
        if (rows == null) {
            java.util.Map<String, AuditObjects.Subject> named = new java.util.HashMap<>();
            rows = getEntries().stream().map(e -> new Row(e, named.computeIfAbsent(e.getAction() + "\n" + e
                    .getSubject(), k -> subject(e)), action(e.getAction()), detail(e))).toList();
        }
        return rows;
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.newest(SHOWN);
        }
        return entries;
    }
}
