package org.kmbportal.partnerships;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kmbportal.accounts.AccountErased;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.web.Messages;

/**
 * The report for funders and boards, as Markdown: the partnership, the partner's goals, the capacities it builds with
 * their ratings at each check-in, the plan, its revisions with their reasons, and the check-ins. Notes stay out:
 * they are the partners' conversation. Every text people typed is escaped, so it reads as written.
 */
public final class PartnershipReport {

    private PartnershipReport() {
    }

    public static String markdown(Dashboard d, List<PlanRevision> revisions, Taxonomy taxonomy, Locale locale) {
        Partnership p = d.partnership();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t(locale, "partnerships.report.heading", escape(p.getTitle()))).append("\n\n");
        line(md, t(locale, "partnerships.report.parties", escape(d.partnerName()), escape(who(d.mentorName(), locale))
                + (d.mentorOrganizationName().isEmpty() ? "" : " (" + escape(d.mentorOrganizationName()) + ")")));
        line(md, t(locale, "partnerships.report.state", t(locale, "partnerships.state." + p.getStatus().key()),
                p.getStartDate() == null ? "—" : p.getStartDate().toString(), d.today().toString()));
        md.append("\n## ").append(t(locale, "partnerships.goals")).append("\n\n")
                .append(block(p.getGoals(), locale)).append("\n");
        md.append("\n## ").append(t(locale, "partnerships.capacities")).append("\n\n");
        capacities(md, d, taxonomy, locale);
        md.append("\n## ").append(t(locale, "partnerships.plan")).append("\n\n");
        plan(md, d, locale);
        md.append("\n## ").append(t(locale, "partnerships.revisions")).append("\n\n");
        if (revisions.isEmpty()) {
            line(md, t(locale, "partnerships.revisions.none"));
        }
        for (PlanRevision r : revisions) {
            md.append("- ").append(t(locale, "partnerships.report.revision", r.getNumber(),
                    r.getMadeAt().toLocalDate().toString(), escape(who(r.getAuthor(), locale)),
                    r.getReason().isEmpty() ? t(locale, "partnerships.revision.first") : escape(r.getReason())));
            if (r.getCheckInNumber() != null) {
                md.append(" ").append(t(locale, "partnerships.revision.atCheckIn", r.getCheckInNumber()));
            }
            md.append("\n");
            for (PlanChange c : PlanCodec.changes(r.getChanges())) {
                md.append("  - ").append(escape(PlanWording.change(c, locale))).append("\n");
            }
        }
        md.append("\n## ").append(t(locale, "partnerships.checkIns")).append("\n\n");
        checkIns(md, d, locale);
        if (!p.getClosingReflection().isEmpty()) {
            md.append("\n## ").append(t(locale, p.getStatus() == PartnershipStatus.CLOSED
                    ? "partnerships.reflection"
                    : "partnerships.endReason")).append("\n\n")
                    .append(block(p.getClosingReflection(), locale)).append("\n");
        }
        return md.toString();
    }

    private static void capacities(StringBuilder md, Dashboard d, Taxonomy taxonomy, Locale locale) {
        if (d.ratings().isEmpty()) {
            line(md, t(locale, "partnerships.capacities.none"));
            return;
        }
        List<Integer> held = d.records().stream().filter(CheckIn::isHeld).map(CheckIn::getNumber).toList();
        md.append("| ").append(t(locale, "partnerships.capacity"));
        held.forEach(n -> md.append(" | ").append(t(locale, "partnerships.checkIn.number", n)));
        md.append(" |\n|---");
        held.forEach(n -> md.append("|---"));
        md.append("|\n");
        for (Map.Entry<String, Map<Integer, Integer>> row : d.ratings().entrySet()) {
            md.append("| ").append(escape(taxonomy.capacityLabel(row.getKey(), locale.getLanguage())));
            held.forEach(n -> md.append(" | ").append(row.getValue().containsKey(n) ? row.getValue().get(n) : "—"));
            md.append(" |\n");
        }
        line(md, "\n" + t(locale, "partnerships.rating.scale"));
    }

    private static void plan(StringBuilder md, Dashboard d, Locale locale) {
        if (d.items().isEmpty()) {
            line(md, t(locale, "partnerships.plan.none"));
            return;
        }
        md.append("| ").append(t(locale, "partnerships.field.what")).append(" | ")
                .append(t(locale, "partnerships.field.lead")).append(" | ").append(t(locale, "partnerships.field.due"))
                .append(" | ").append(t(locale, "partnerships.field.status")).append(" |\n|---|---|---|---|\n");
        for (ItemState i : d.items()) {
            md.append("| ").append(escape(i.what())).append(" | ").append(PlanWording.lead(i.lead().key(), locale))
                    .append(" | ").append(i.due() == null ? "—" : i.due().toString()).append(" | ")
                    .append(PlanWording.status(i.status().key(), locale)).append(" |\n");
        }
    }

    private static void checkIns(StringBuilder md, Dashboard d, Locale locale) {
        for (CheckInSchedule.Occurrence o : d.shownCheckIns()) {
            md.append("### ").append(t(locale, "partnerships.checkIn.number", o.number())).append(" — ")
                    .append(o.held() ? o.heldOn() : o.date()).append(" (")
                    .append(t(locale, "partnerships.checkIn.state." + o.state().key())).append(")\n\n");
            d.record(o.number()).ifPresent(r -> {
                section(md, t(locale, "partnerships.checkIn.whatHappened"), r.getWhatHappened(), locale);
                section(md, t(locale, "partnerships.checkIn.contextChanges"), r.getContextChanges(), locale);
                section(md, t(locale, "partnerships.checkIn.nextSteps"), r.getNextSteps(), locale);
            });
        }
    }

    private static void section(StringBuilder md, String heading, String text, Locale locale) {
        if (!text.isBlank()) {
            md.append("**").append(heading).append("**\n\n").append(block(text, locale)).append("\n\n");
        }
    }

    private static String block(String text, Locale locale) {
        return text.isBlank() ? t(locale, "partnerships.none") : escape(text).replace("\n", "  \n");
    }

    private static void line(StringBuilder md, String text) {
        md.append(text).append("\n");
    }

    /** Who did something as recorded, or "a former member" in the report's language for a deleted account. */
    private static String who(String recorded, Locale locale) {
        return AccountErased.isFormerMember(recorded) ? t(locale, "attribution.formerMember") : recorded;
    }

    private static String t(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    /** Text as written: characters Markdown would read as markup are escaped, and so are list and heading marks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~".indexOf(c) >= 0 || lineStart && ("#-+".indexOf(c) >= 0 || orderedListMark(text, i))) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || lineStart && c == ' ';
        }
        return out.toString();
    }

    private static boolean orderedListMark(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > at && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
    }
}
