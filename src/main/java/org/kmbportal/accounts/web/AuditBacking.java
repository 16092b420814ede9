package org.kmbportal.accounts.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AccountErased;
import org.kmbportal.accounts.AccountRepository;
import org.kmbportal.accounts.AuditEntry;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.AuditSubjects;
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
    AccountRepository accounts;

    @Inject
    Instance<AuditSubjects> subjects;

    private List<AuditEntry> entries;
    private List<Row> rows;
    private AuditWords words;

    /** One line of the page: the entry, its subject named for people, and its action and detail in words. */
    public record Row(AuditEntry entry, Subject subject, String action, String detail) {
        /** When it happened, in UTC with its seconds, as the history pages say it. */
        public String when() {
            return AuditBacking.when(entry.getOccurredAt());
        }
    }

    /** An entry's time in UTC, always with its seconds: "01:04:00 UTC" on the whole minute, not "01:04 UTC". */
    static String when(java.time.OffsetDateTime time) {
        return UtcTime.format(time);
    }

    /** An entry's subject as people name it: its kind and name, and the id it was recorded by. */
    public record Subject(String kind, String name, String id) {
        /** Whether the id says more than the name (it is not the name itself). */
        public boolean idShown() {
            return !id.isEmpty() && !id.equals(name);
        }
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

    /** "partnership:12" as the partnership's title, an email as the person's name, a resource id as its title. */
    public Subject subject(AuditEntry entry) {
        String id = entry.getSubject() == null ? "" : entry.getSubject();
        if (id.equals("(archive)")) {
            return new Subject(kind("archive"), messages.get("audit.subject.archive"), "");
        }
        if (id.startsWith("account:") || AccountErased.isFormerMember(id)) {
            // An account deleted since: its tombstone's id (account.deleted), or the marker where an address was.
            return new Subject(kind("account"), messages.get("audit.who." + AccountErased.FORMER_MEMBER),
                    AccountErased.isFormerMember(id) ? "" : id);
        }
        if (id.startsWith("organization:")) {
            Optional<String> name = number(id, "organization:").flatMap(accounts::organization)
                    .map(o -> o.getName());
            return new Subject(kind("organization"), name.orElse(id), id);
        }
        if (id.contains("@")) {
            return new Subject(kind("account"), accounts.byEmail(id).map(a -> a.getDisplayName()).filter(
                    n -> !n.isBlank()).orElse(id), id);
        }
        for (AuditSubjects names : subjects) {
            Optional<AuditSubjects.Named> named = names.name(id);
            if (named.isPresent()) {
                return new Subject(kind(named.get().kind()), named.get().name(), id);
            }
        }
        return new Subject("", id, id);
    }

    private String kind(String key) {
        return messages.getOrDefault("audit.subject.kind." + key, key);
    }

    private static Optional<Long> number(String id, String prefix) {
        try {
            return Optional.of(Long.parseLong(id.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The newest entries, each named and said in the reader's language (subjects looked up once per page). */
    public List<Row> getRows() {
        if (rows == null) {
            java.util.Map<String, Subject> named = new java.util.HashMap<>();
            rows = getEntries().stream().map(e -> new Row(e, named.computeIfAbsent(String.valueOf(e.getSubject()),
                    k -> subject(e)), action(e.getAction()), detail(e))).toList();
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
