package org.kmbportal.partnerships;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;

/**
 * A partnership's adaptive work plan. Every change is a revision: who, when, the reason they gave, what changed and
 * the whole plan after it. A save names the plan version it started from; when someone saved in between it is refused
 * ({@link PlanConflict}) and nothing changes, so the person keeps their text and decides.
 */
@ApplicationScoped
public class PlanService {

    public static final int MAX_REASON = 2000;
    /** Saves over whatever version is current (for tools that replace the plan whole). */
    public static final long ANY_VERSION = -1;

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipRepository repository;

    @Inject
    PlanRules rules;

    @Inject
    Guard guard;

    @Inject
    Notifications notifications;

    /** The outcome of a save: the plan's version after it, and what changed (nothing: no revision was made). */
    public record Saved(long version, List<PlanChange> changes) {
    }

    /** The current items, in order. */
    public List<ItemState> items(long partnershipId) {
        partnerships.readable(partnershipId);
        return currentItems(partnershipId);
    }

    /**
     * Every refusal a save of this plan would meet on its face, by the part of the form it concerns ({@code goals},
     * {@code items}, {@code reason}), so that a page says them all at once beside their boxes rather than one save at
     * a time; empty when none (a save may still meet a conflict, or a right the caller lacks).
     */
    @Transactional
    public Map<String, PartnershipException> refusals(long partnershipId, long expectedVersion, PlanDraft draft,
            String reason) {
        Partnership p = partnerships.readable(partnershipId);
        Map<String, PartnershipException> refused = new java.util.LinkedHashMap<>();
        if (expectedVersion != ANY_VERSION && expectedVersion != p.getPlanVersion()) {
            // Someone saved since: the save says that first (PlanConflict), with their plan; the boxes are checked
            // against it when the person decides, not against a plan they have not seen.
            return refused;
        }
        String goals = p.getGoals();
        if (draft.goals() != null) {
            try {
                goals = Inputs.required(draft.goals(), PartnershipService.MAX_GOALS, "invalid_goals", "the goals");
            } catch (PartnershipException e) {
                refused.put("goals", e);
            }
        }
        List<ItemState> before = currentItems(partnershipId);
        List<ItemState> items = draft.items();
        try {
            items = rules.check(draft.items(), before.stream().map(ItemState::id).collect(Collectors.toSet()));
        } catch (PartnershipException e) {
            refused.put("items", e);
        }
        try {
            String why = Inputs.optional(reason, MAX_REASON, "invalid_reason", "the reason");
            if (why.isEmpty() && p.getPlanVersion() > 0 && (!refused.isEmpty() || !PlanChanges.between(p.getGoals(),
                    before, goals, items).isEmpty())) {
                refused.put("reason", PartnershipException.badRequest("reason_required",
                        "Say why the plan changes: every change keeps its reason."));
            }
        } catch (PartnershipException e) {
            refused.put("reason", e);
        }
        return refused;
    }

    /** Every revision, oldest first. */
    public List<PlanRevision> revisions(long partnershipId) {
        partnerships.readable(partnershipId);
        return repository.revisions(partnershipId);
    }

    @Transactional
    public Saved save(long partnershipId, long expectedVersion, PlanDraft draft, String reason) {
        return apply(partnerships.workable(partnershipId), expectedVersion, draft, reason, null);
    }

    /** Applies a plan change to a partnership already locked by the caller's transaction (a check-in's decisions). */
    @Transactional(Transactional.TxType.MANDATORY)
    Saved apply(Partnership p, long expectedVersion, PlanDraft draft, String reason, Integer checkInNumber) {
        Caller caller = guard.requireSignedIn();
        List<PlanItem> rows = repository.items(p.getId());
        List<ItemState> before = rows.stream().map(PlanItem::toState).toList();
        if (expectedVersion != ANY_VERSION && expectedVersion != p.getPlanVersion()) {
            PlanRevision last = repository.latestRevision(p.getId()).orElse(null);
            throw new PlanConflict(p.getPlanVersion(), new PlanCodec.Snapshot(p.getGoals(), before), last,
                    last != null && last.getAuthorAccountId() == caller.accountId());
        }
        String goals = draft.goals() == null
                ? p.getGoals()
                : Inputs.required(draft.goals(), PartnershipService.MAX_GOALS, "invalid_goals", "the goals");
        if (!goals.equals(p.getGoals()) && !PartnershipAccess.canWriteGoals(p, partnerships.participant())) {
            throw AccessDenied.because("api.denied.planGoals",
                    "The goals are the partner's, in its own words: only its members change them.");
        }
        Set<Long> ids = before.stream().map(ItemState::id).collect(Collectors.toSet());
        List<ItemState> items = rules.check(draft.items(), ids);
        List<PlanChange> planned = PlanChanges.between(p.getGoals(), before, goals, items);
        if (planned.isEmpty()) {
            return new Saved(p.getPlanVersion(), List.of());
        }
        String why = Inputs.optional(reason, MAX_REASON, "invalid_reason", "the reason");
        if (why.isEmpty() && p.getPlanVersion() > 0) {
            throw PartnershipException.badRequest("reason_required",
                    "Say why the plan changes: every change keeps its reason.");
        }
        List<ItemState> after = store(p, rows, items);
        List<PlanChange> changes = PlanChanges.between(p.getGoals(), before, goals, after);
        p.setGoals(goals);
        long number = p.getPlanVersion() + 1;
        p.setPlanVersion(number);
        repository.persist(new PlanRevision(p.getId(), (int) number, partnerships.now(), caller.accountId(),
                caller.displayName(), why, checkInNumber, PlanCodec.changes(changes),
                PlanCodec.snapshot(goals, after)));
        notifications.tell(notifications.everyone(p), caller.accountId(), p, Notification.Kind.PLAN_REVISED,
                String.valueOf(number));
        return new Saved(number, changes);
    }

    private List<ItemState> store(Partnership p, List<PlanItem> rows, List<ItemState> items) {
        Map<Long, PlanItem> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.getId(), r));
        java.time.OffsetDateTime now = partnerships.now();
        List<PlanItem> ordered = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemState state = items.get(i);
            PlanItem row = state.id() == null ? null : byId.remove(state.id());
            if (row == null) {
                row = new PlanItem(p.getId());
                row.apply(state, i, now);
                repository.persist(row);
            } else {
                row.apply(state, i, now);
            }
            ordered.add(row);
        }
        byId.values().forEach(repository::remove);
        repository.flush();
        return ordered.stream().map(PlanItem::toState).toList();
    }

    List<ItemState> currentItems(long partnershipId) {
        return repository.items(partnershipId).stream().map(PlanItem::toState).toList();
    }

    /** The items as rows (with when each last changed), for agendas. */
    List<PlanItem> rows(long partnershipId) {
        return repository.items(partnershipId);
    }
}
