package org.kmbportal.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AuditEntry;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.web.Messages;

/** The audit log for administrators ({@code admin/audit.xhtml}): newest first. */
@Named("audit")
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 300;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    private List<AuditEntry> entries;

    /** What happened, in the reader's language ("Roles changed" for {@code roles.changed}); an unknown key as it is. */
    public String action(String key) {
        return messages.getOrDefault("audit.action." + key, key);
    }

    private static final Pattern CHANGE = Pattern.compile("(.*) -> (.*)");
    private static final Pattern INVITED = Pattern.compile("role ([a-z]+)");
    /** Sentences the portal writes itself, by the message that says them in the reader's language. */
    private static final Map<String, String> FIXED = Map.of(
            "password changed; other sessions ended", "audit.detail.password",
            "first administrator from configuration", "audit.detail.firstAdmin",
            "sign-up refused silently: the email has an account", "audit.detail.signUpExisting",
            "no longer in review at the scheduled time", "audit.detail.dropped");

    /**
     * An entry's detail in the reader's language where the portal wrote it (roles and states named in words, its
     * own fixed sentences translated); names and other text as recorded.
     */
    public String detail(AuditEntry entry) {
        String detail = entry.getDetail() == null ? "" : entry.getDetail();
        String fixed = FIXED.get(detail);
        if (fixed != null) {
            return messages.getOrDefault(fixed, detail);
        }
        String action = entry.getAction() == null ? "" : entry.getAction();
        Matcher change = CHANGE.matcher(detail);
        if (change.matches() && (action.equals("roles.changed") || action.equals("state.changed"))) {
            String prefix = action.equals("roles.changed") ? "role." : "status.";
            return words(prefix, change.group(1)) + " → " + words(prefix, change.group(2));
        }
        Matcher invited = INVITED.matcher(detail);
        if (invited.matches() && action.equals("invitation.created")) {
            return messages.getOrDefault("role." + invited.group(1), invited.group(1));
        }
        return detail;
    }

    /** "member, editor" as "Member, Editor" (or their French names); "(none)" as "no role". */
    private String words(String prefix, String keys) {
        String list = keys.strip();
        if (list.equals("(none)") || list.isEmpty()) {
            return messages.getOrDefault("audit.detail.noRole", list);
        }
        return Arrays.stream(list.split(",\\s*"))
                .map(key -> messages.getOrDefault(prefix + key.strip(), key.strip()))
                .collect(Collectors.joining(", "));
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.newest(SHOWN);
        }
        return entries;
    }
}
