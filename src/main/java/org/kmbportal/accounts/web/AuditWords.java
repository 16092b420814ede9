package org.kmbportal.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kmbportal.web.Messages;

/**
 * An audit entry's detail in the reader's language. The services record it in plain English words around names
 * ("member of Harbour Youth", "\"Title\" with Harbour Youth"); each shape the portal writes is read back here and said
 * again from the bundle, with the names as recorded. A detail of no known shape (a title, a name) is shown as it is.
 */
final class AuditWords {

    /** Sentences the portal writes itself, by the message that says them in the reader's language. */
    private static final Map<String, String> FIXED = Map.of(
            "password changed; other sessions ended", "audit.detail.password",
            "first administrator from configuration", "audit.detail.firstAdmin",
            "sign-up refused silently: the email has an account", "audit.detail.signUpExisting",
            "no longer in review at the scheduled time", "audit.detail.dropped",
            "account and personal data deleted at the member's request", "audit.detail.accountDeleted");

    /** A detail the services write for actions matching {@code action} (a regular expression). */
    private record Shape(String action, Pattern pattern, Function<Matcher, String> words) {
    }

    private final Locale locale;
    private final List<Shape> shapes;

    AuditWords(Locale locale) {
        this.locale = locale;
        this.shapes = List.of(
                new Shape("roles.changed", Pattern.compile("(.*) -> (.*)"),
                        m -> words("role.", m.group(1)) + " → " + words("role.", m.group(2))),
                new Shape("roles.changed", Pattern.compile("accepted invitation from (.*): \\+ ([a-z]+)"),
                        m -> text("audit.detail.invitationAccepted", person(m.group(1)), label("role." + m.group(2),
                                m.group(2)))),
                new Shape("state.changed", Pattern.compile("(\\S+) -> (\\S+)( \\(import\\))?"),
                        m -> state(m.group(1)) + " → " + state(m.group(2))
                                + (m.group(3) == null ? "" : " " + text("audit.detail.byImport"))),
                new Shape("account.signInOver",
                        Pattern.compile("signed in where (.*) was signed in; that session ended"),
                        m -> text("audit.detail.signInOver", person(m.group(1)))),
                new Shape("invitation.created", Pattern.compile("role ([a-z]+)"),
                        m -> label("role." + m.group(1), m.group(1))),
                new Shape("account\\.(created|joinedOrganization)", Pattern.compile("member of (.*)", Pattern.DOTALL),
                        m -> text("audit.detail.memberOf", m.group(1))),
                new Shape("partnership.started", Pattern.compile("\"(.*)\" with (.*)", Pattern.DOTALL),
                        m -> text("audit.detail.proposedTo", m.group(1), m.group(2))),
                new Shape("partnership\\.(closed|declined|withdrawn)", Pattern.compile("was ([a-z]+)"),
                        m -> text("audit.detail.wasState", label("partnerships.state." + m.group(1), m.group(1)))),
                new Shape("partnership.handed-over", Pattern.compile("mentor (.*) -> (.*)"),
                        m -> text("audit.detail.mentorChange", person(m.group(1)), person(m.group(2)))),
                new Shape("publication.scheduled", Pattern.compile("at (.*)"),
                        m -> text("audit.detail.at", m.group(1))),
                new Shape("publication.unscheduled", Pattern.compile("was at (.*)"),
                        m -> text("audit.detail.wasAt", m.group(1))),
                new Shape("mentor.support", Pattern.compile("mentor (.*?) supports (.*): partnership accepted",
                        Pattern.DOTALL), m -> text("audit.detail.supportOnAcceptance", person(m.group(1)), m.group(2))),
                new Shape("mentor.supportEnded", Pattern.compile("(\\d+) collection\\(s\\) no longer shared with it"),
                        m -> text("audit.detail.unshared", Integer.parseInt(m.group(1)))),
                new Shape("library.imported", Pattern.compile("(\\d+) files: (\\d+) created, (\\d+) updated, (\\d+)"
                        + " unchanged, (\\d+) skipped with errors, (\\d+) with warnings, (\\d+) ignored"),
                        m -> text("audit.detail.imported", (Object[]) numbers(m))));
    }

    String detail(String action, String recorded) {
        String detail = recorded == null ? "" : recorded;
        String kind = action == null ? "" : action;
        String fixed = FIXED.get(detail);
        if (fixed != null) {
            return label(fixed, detail);
        }
        for (Shape shape : shapes) {
            boolean applies = kind.matches(shape.action());
            Matcher m = shape.pattern().matcher(detail);
            if (applies && m.matches()) {
                return shape.words().apply(m);
            }
        }
        return detail;
    }

    /** "member, editor" as "Member, Editor" (or their French names); "(none)" as "no role". */
    private String words(String prefix, String keys) {
        String list = keys.strip();
        if (list.equals("(none)") || list.isEmpty()) {
            return label("audit.detail.noRole", list);
        }
        return Arrays.stream(list.split(",\\s*")).map(key -> label(prefix + key.strip(), key.strip()))
                .collect(Collectors.joining(", "));
    }

    /** A person a detail names: as recorded, or "a former member" where the account was deleted since. */
    private String person(String recorded) {
        return org.kmbportal.accounts.AccountErased.inLanguage(recorded, locale);
    }

    private String state(String key) {
        return key.equals("new") ? text("audit.detail.newResource") : label("status." + key, key);
    }

    private static Integer[] numbers(Matcher m) {
        Integer[] numbers = new Integer[m.groupCount()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Integer.valueOf(m.group(i + 1));
        }
        return numbers;
    }

    String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    String label(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
