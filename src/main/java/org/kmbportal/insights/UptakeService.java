package org.kmbportal.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Organization;
import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.PortalClock;

/**
 * "We used this": members of an organization record that it put a published resource into practice, on a day, with
 * one line on what happened; the organization's members see and may remove their organization's records. Editors
 * read them through {@link InsightReports}, without who recorded them unless the member agreed.
 */
@ApplicationScoped
public class UptakeService {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    LibraryService library;

    @Inject
    PortalClock clock;

    /** What a member gives: the day it was used ({@code YYYY-MM-DD}), the line, and whether editors may see who. */
    public record Use(String usedOn, String line, boolean share) {
    }

    /** The signed-in member's organization, or a refusal for people outside one. */
    public Caller member() {
        Caller caller = guard.requireSignedIn();
        if (caller.organizationId() == null) {
            throw AccessDenied.because("api.denied.recordUptake",
                    "Only members of an organization record what their organization used.");
        }
        return caller;
    }

    /** Checks a use without storing it; a refused one changes nothing. */
    public Use check(String resource, Use use) {
        member();
        if (resource == null || library.published(resource).isEmpty()) {
            throw new SignalRefused(404, "not_found", "There is no published resource '" + resource + "'.").said(
                    "api.error.noResource", resource);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(use.usedOn() == null ? "" : use.usedOn().strip());
        } catch (DateTimeParseException e) {
            throw SignalRefused.badRequest("bad_date", "Give the day it was used as YYYY-MM-DD.")
                    .said("api.signal.dayFormat");
        }
        if (day.isAfter(clock.today()) || day.isBefore(EARLIEST)) {
            throw SignalRefused.badRequest("bad_date", "The day it was used cannot be in the future or before "
                    + EARLIEST.getYear() + ".").said("api.signal.dayRange", EARLIEST.getYear());
        }
        String raw = use.line() == null ? "" : use.line();
        if (org.kmbportal.platform.PlainText.length(raw) > Uptake.LINE_MAX) {
            throw SignalRefused.badRequest("line_too_long",
                    "The line has " + org.kmbportal.platform.PlainText.length(raw) + " characters; at most "
                            + Uptake.LINE_MAX + ".")
                    .said("api.signal.lineTooLong",
                            org.kmbportal.platform.PlainText.length(raw), Uptake.LINE_MAX);
        }
        String line = ReaderText.clean(raw, true);
        if (line.isEmpty()) {
            throw SignalRefused.badRequest("line_missing", "Say in one line what happened when you used it.").said(
                    "api.signal.lineMissing");
        }
        return new Use(day.toString(), line, use.share());
    }

    @Transactional
    public Uptake record(String resource, Use use) {
        Use checked = check(resource, use);
        Caller member = member();
        Uptake uptake = new Uptake(resource, em.find(Organization.class, member.organizationId()),
                em.find(Account.class, member.accountId()), LocalDate.parse(checked.usedOn()), checked.line(),
                checked.share(), clock.today());
        em.persist(uptake);
        return uptake;
    }

    /** The signed-in member's organization's records, the most recent use first. */
    public List<Uptake> ours() {
        Caller member = member();
        return em.createQuery("select u from Uptake u left join fetch u.account where u.organization.id = :org"
                + " order by u.usedOn desc, u.id desc", Uptake.class).setParameter("org", member.organizationId())
                .getResultList();
    }

    /** Removes one of the organization's records (any member of it may); others' records are not found. */
    @Transactional
    public boolean remove(long id) {
        Caller member = member();
        return em.createQuery("delete from Uptake u where u.id = :id and u.organization.id = :org")
                .setParameter("id", id).setParameter("org", member.organizationId()).executeUpdate() > 0;
    }
}
