package org.kmbportal.partnerships;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AccountRepository;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Organization;
import org.kmbportal.accounts.Role;
import org.kmbportal.curation.SupportedOrganizations;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Term;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.matching.ProfileStore;
import org.kmbportal.platform.PortalClock;

/**
 * Starting, accepting, closing and handing over partnerships, and their settings. Whoever may not see a partnership
 * is told it does not exist; starting, accepting, closing and handing over are written to the audit log.
 */
@ApplicationScoped
public class PartnershipService {

    public static final int MAX_TITLE = 300;
    public static final int MAX_GOALS = 4000;
    public static final int MAX_REFLECTION = 8000;
    public static final int MAX_MONTHS = 12;

    @Inject
    PartnershipRepository repository;

    @Inject
    AccountRepository accounts;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Inject
    Notifications notifications;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    ProfileStore profiles;

    @Inject
    SupportedOrganizations supported;

    public Participant participant() {
        return Participant.of(guard.caller());
    }

    /** The partnership if the caller may see it; 401 when not signed in, else the same 404 as for none. */
    public Partnership readable(long id) {
        Participant who = signedIn();
        return repository.find(id).filter(p -> PartnershipAccess.canRead(p, who))
                .orElseThrow(PartnershipException::notFound);
    }

    /** The caller's partnerships (an administrator's: every one), newest first. */
    public List<Partnership> mine() {
        Participant who = signedIn();
        return who.admin() ? repository.all(500) : repository.involving(who.accountId(), who.organizationId());
    }

    /**
     * Every refusal a proposal would meet, by its field ({@code code}, {@code title}, {@code months}), in the form's
     * order; empty when {@link #start} would accept it. A page says each beside its field, not the first alone.
     */
    public java.util.Map<String, PartnershipException> proposalRefusals(String joinCode, String title,
            Integer months) {
        Caller mentor = guard.require(Role.MENTOR);
        java.util.Map<String, PartnershipException> refused = new java.util.LinkedHashMap<>();
        refuse(refused, "code", () -> partnerFor(joinCode, mentor));
        refuse(refused, "title", () -> Inputs.requiredField(title, MAX_TITLE, "invalid_title", "the title"));
        refuse(refused, "months", () -> checkedMonths(months == null ? 3 : months));
        return refused;
    }

    private static void refuse(java.util.Map<String, PartnershipException> refused, String field, Runnable check) {
        try {
            check.run();
        } catch (PartnershipException e) {
            refused.put(field, e);
        }
    }

    /** The organization of the join code, which is not the mentor's own. */
    private Organization partnerFor(String joinCode, Caller mentor) {
        Organization partner = accounts.organizationByJoinCode(joinCode)
                .orElseThrow(() -> PartnershipException.badRequest("unknown_join_code",
                        "No organization has this join code."));
        if (partner.getId().equals(mentor.organizationId())) {
            throw PartnershipException.badRequest("own_organization", "A mentor does not partner with their own"
                    + " organization.");
        }
        return partner;
    }

    /**
     * Proposes a partnership to the organization whose join code a member of it gave the mentor. The mentor supports
     * the organization (may share collections with it) once it accepts.
     */
    @Transactional
    public Partnership start(String joinCode, String title, Integer months) {
        Caller mentor = guard.require(Role.MENTOR);
        String name = Inputs.requiredField(title, MAX_TITLE, "invalid_title", "the title");
        int interval = checkedMonths(months == null ? 3 : months);
        Organization partner = partnerFor(joinCode, mentor);
        Partnership p = new Partnership(name, mentor.accountId(), mentor.organizationId(), partner.getId(), interval,
                now(), mentor.displayName());
        repository.persist(p);
        repository.flush();
        audit.record(mentor.label(), "partnership.started", subject(p), "\"" + name + "\" with " + partner.getName());
        notifications.tell(notifications.partnerMembers(p), mentor.accountId(), p, Notification.Kind.PROPOSED,
                mentor.displayName());
        return p;
    }

    /** A member of the partner organization accepts, with its goals in its own words and the capacities it wants. */
    @Transactional
    public Partnership accept(long id, String goals, List<String> capacities) {
        Caller member = guard.requireSignedIn();
        Partnership p = locked(id);
        if (!PartnershipAccess.canAccept(p, participant())) {
            throw AccessDenied.because("api.denied.acceptPartnership",
                    "Only members of the partner organization accept a partnership.");
        }
        if (p.getStatus() != PartnershipStatus.PROPOSED) {
            throw PartnershipException.conflict("not_proposed", "This partnership is not waiting for acceptance.");
        }
        String text = Inputs.required(goals, MAX_GOALS, "invalid_goals", "your goals, in your own words (1 to "
                + MAX_GOALS + " characters)");
        String profile = profiles.profileOf(p.getPartnerOrganizationId()).map(ProfileSnapshots::toJson).orElse(null);
        p.accept(text, checkedCapacities(capacities), profile, now(), clock.today(), member.displayName());
        audit.record(member.label(), "partnership.accepted", subject(p), p.getTitle());
        // Accepted, the mentor supports the organization, so collections can be shared with it (not on the proposal
        // alone, which the organization may decline).
        accounts.byId(p.getMentorAccountId()).ifPresent(mentor -> supported.startOnAcceptance(member.label(),
                mentor.getId(), mentor.getEmail(), accounts.organization(p.getPartnerOrganizationId()).orElseThrow()));
        notifications.tell(Set.of(p.getMentorAccountId()), member.accountId(), p, Notification.Kind.ACCEPTED,
                member.displayName());
        notifications.readAbout(p.getId());
        return p;
    }

    /**
     * Closes an active partnership (with a closing reflection), or ends a proposal: declined when the partner's member
     * ends it, withdrawn when the mentor does (a reason is optional). Each says so in its status, notification and
     * audit entry.
     */
    @Transactional
    public Partnership close(long id, String reflection) {
        Caller caller = guard.requireSignedIn();
        Partnership p = locked(id);
        Participant who = participant();
        String text = closingText(p, who, reflection);
        String before = p.getStatus().key();
        PartnershipStatus ending = endingBy(p, PartnershipAccess.sideOf(p, who));
        p.close(ending, text, now(), caller.displayName());
        audit.record(caller.label(), "partnership." + ending.key(), subject(p), "was " + before);
        notifications.tell(notifications.everyone(p), caller.accountId(), p, Notification.Kind.valueOf(ending.name()),
                caller.displayName());
        return p;
    }

    /**
     * Refuses, as {@link #close} would, closing it now with this reflection: the caller may not close it, it is closed
     * already, or the reflection is missing or too long. Changes nothing: the page asks "are you sure?" only about a
     * closing that can be done (it asked first and refused only after "Yes": user session us52).
     */
    public void checkClosing(long id, String reflection) {
        guard.requireSignedIn();
        closingText(readable(id), participant(), reflection);
    }

    /** The reflection (or reason) as kept, once the caller may close the partnership; else refused. */
    private static String closingText(Partnership p, Participant who, String reflection) {
        if (!PartnershipAccess.canClose(p, who)) {
            throw AccessDenied.because("api.denied.closePartnership",
                    "Only the mentor and the partner's members close a partnership.");
        }
        if (p.isEnded()) {
            throw PartnershipException.conflict("already_closed", "This partnership is already closed.");
        }
        return p.isActive()
                ? Inputs.required(reflection, MAX_REFLECTION, "invalid_reflection", "a closing reflection")
                : Inputs.optional(reflection, MAX_REFLECTION, "invalid_reflection", "the reason");
    }

    /** How ending it now is named: an active one is closed; a proposal is declined by the partner, else withdrawn. */
    static PartnershipStatus endingBy(Partnership p, PartnershipAccess.Side side) {
        if (p.isActive()) {
            return PartnershipStatus.CLOSED;
        }
        return side == PartnershipAccess.Side.PARTNER ? PartnershipStatus.DECLINED : PartnershipStatus.WITHDRAWN;
    }

    /** The mentor hands the partnership over to another mentor (named by their email). */
    @Transactional
    public Partnership handOver(long id, String email) {
        Caller caller = guard.requireSignedIn();
        Partnership p = locked(id);
        if (!PartnershipAccess.canHandOver(p, participant())) {
            throw AccessDenied.because("api.denied.handOver", "Only the partnership's mentor hands it over.");
        }
        if (p.isEnded()) {
            throw PartnershipException.conflict("already_closed", "This partnership is closed.");
        }
        Account next = accounts.byEmail(email).filter(a -> a.has(Role.MENTOR))
                .filter(a -> a.getId() != p.getMentorAccountId())
                .filter(a -> a.getOrganization() == null
                        || a.getOrganization().getId() != p.getPartnerOrganizationId())
                .orElseThrow(() -> PartnershipException.badRequest("unknown_mentor",
                        "No other mentor outside the partner organization has this email."));
        long previous = p.getMentorAccountId();
        p.setMentor(next.getId(), next.getOrganization() == null ? null : next.getOrganization().getId());
        audit.record(caller.label(), "partnership.handed-over", subject(p), "mentor " + caller.email() + " -> "
                + next.getEmail());
        Set<Long> told = new LinkedHashSet<>(notifications.everyone(p));
        told.add(previous);
        notifications.tell(told, caller.accountId(), p, Notification.Kind.HANDED_OVER, next.getDisplayName());
        return p;
    }

    /** The title, the months between check-ins, and (for the partner's members) the capacities it wants to build. */
    @Transactional
    public Partnership updateSettings(long id, String title, Integer months, List<String> capacities) {
        Partnership p = workable(id);
        if (title != null) {
            p.setTitle(Inputs.requiredField(title, MAX_TITLE, "invalid_title", "the title"));
        }
        if (capacities != null && !checkedCapacities(capacities).equals(p.getCapacities())) {
            if (!PartnershipAccess.canWriteGoals(p, participant())) {
                throw AccessDenied.because("api.denied.capacities",
                        "The partner chooses the capacities it wants to build.");
            }
            p.setCapacities(checkedCapacities(capacities));
        }
        if (months != null && months != p.getCheckInMonths()) {
            reschedule(p, checkedMonths(months));
        }
        return p;
    }

    /**
     * From today on, check-ins come every {@code months} months. The check-ins already held or past keep their dates
     * (they are stored), moves of later ones are dropped, and the next one falls {@code months} after today (or after
     * the last one settled, if that is a day still to come).
     */
    private void reschedule(Partnership p, int months) {
        java.time.LocalDate today = clock.today();
        CheckInSchedule schedule = CheckInSchedule.of(p, repository.checkIns(p.getId()));
        int settled = schedule.settledThrough(today);
        for (int k = 1; k <= settled; k++) {
            if (repository.checkIn(p.getId(), k).isEmpty()) {
                repository.persist(new CheckIn(p.getId(), k, schedule.occurrence(k, today).date()));
            }
        }
        repository.removeUnheldCheckInsAfter(p.getId(), settled);
        java.time.LocalDate anchor = today;
        if (settled > 0) {
            // Counted from the day the last settled check-in was held, as the schedule counts (CheckInSchedule).
            CheckInSchedule.Occurrence o = schedule.occurrence(settled, today);
            java.time.LocalDate last = o.held() ? o.heldOn() : o.date();
            anchor = last.isAfter(today) ? last : today;
        }
        p.reschedule(months, anchor, settled);
    }

    /** The partnership, locked, if the caller works in it and it is active. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Partnership workable(long id) {
        Partnership p = locked(id);
        if (!PartnershipAccess.canWork(p, participant())) {
            throw AccessDenied.because("api.denied.changePartnership",
                    "Only the mentor and the partner's members change a partnership.");
        }
        if (!p.isActive()) {
            throw PartnershipException.conflict(p.isEnded() ? "closed" : "not_active",
                    p.isEnded()
                            ? "This partnership is closed: it stays readable, and nothing in it changes."
                            : "This partnership has not been accepted yet.");
        }
        return p;
    }

    /** The capacities the library names, for the forms. */
    public List<Term> capacityChoices() {
        return taxonomies.current().capacities();
    }

    public String organizationName(long id) {
        return accounts.organization(id).map(Organization::getName).orElse("");
    }

    public String accountName(long id) {
        return accounts.byId(id).map(Account::getDisplayName).orElse("");
    }

    List<String> checkedCapacities(List<String> keys) {
        Taxonomy taxonomy = taxonomies.current();
        List<String> checked = new ArrayList<>();
        for (String key : keys == null ? List.<String> of() : keys) {
            String k = key == null ? "" : key.strip();
            if (taxonomy.capacity(k).isEmpty()) {
                String nearest = Vocabulary.nearest(k, taxonomy.capacities().stream().map(Term::key).toList())
                        .orElse("");
                throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "unknown_capacity", "'" + k
                        + "' is not a capacity of this library" + (nearest.isEmpty()
                                ? "."
                                : "; did you mean '"
                                        + nearest + "'?"),
                        List.of(new PartnershipException.Problem(0, "unknown_capacity", k)));
            }
            if (!checked.contains(k)) {
                checked.add(k);
            }
        }
        return checked;
    }

    private static int checkedMonths(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_interval",
                    "Check-ins come every 1 to " + MAX_MONTHS + " months.",
                    List.of(new PartnershipException.Problem(0, "invalid_interval", String.valueOf(months))));
        }
        return months;
    }

    private Partnership locked(long id) {
        Participant who = signedIn();
        return repository.lock(id).filter(p -> PartnershipAccess.canRead(p, who))
                .orElseThrow(PartnershipException::notFound);
    }

    private Participant signedIn() {
        Participant who = participant();
        if (!who.signedIn()) {
            throw new AccessDenied(false, "Sign in first.");
        }
        return who;
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    static String subject(Partnership p) {
        return "partnership:" + p.getId();
    }
}
