package org.kmbportal.partnerships;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;

/** A partnership's short notes thread: staying connected between check-ins. A note counts as contact. */
@ApplicationScoped
public class NoteService {

    public static final int SHOWN = 50;

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipRepository repository;

    @Inject
    Notifications notifications;

    @Inject
    Guard guard;

    /** The newest notes first. */
    public List<PartnershipNote> notes(long partnershipId) {
        partnerships.readable(partnershipId);
        return repository.notes(partnershipId, SHOWN);
    }

    @Transactional
    public PartnershipNote write(long partnershipId, String text) {
        return writeAll(partnershipId, List.of(text)).get(0);
    }

    /**
     * Posts several notes at once, all or none, as one contact: the first of them listed first among the newest (each
     * is written a millisecond after the one it follows, last first), and the partnership's people told once.
     */
    @Transactional
    public List<PartnershipNote> writeAll(long partnershipId, List<String> texts) {
        Caller caller = guard.requireSignedIn();
        Partnership p = partnerships.workable(partnershipId);
        return post(caller, p, bodies(texts));
    }

    /**
     * Posts several notes as {@link #writeAll} does, unless their author posted these very notes to the partnership
     * already (the same button pressed again after Back, or twice): then nothing is written and no one is told again.
     * Whether they were written.
     */
    @Transactional
    public boolean writeAllOnce(long partnershipId, List<String> texts) {
        Caller caller = guard.requireSignedIn();
        Partnership p = partnerships.workable(partnershipId);
        List<String> bodies = bodies(texts);
        if (repository.wroteAll(p.getId(), caller.accountId(), bodies)) {
            return false;
        }
        post(caller, p, bodies);
        return true;
    }

    private static List<String> bodies(List<String> texts) {
        List<String> bodies = texts.stream().map(text -> Inputs.required(text, PartnershipNote.MAX_LENGTH,
                "invalid_note", "a note of 1 to " + PartnershipNote.MAX_LENGTH + " characters")).toList();
        if (bodies.isEmpty()) {
            throw PartnershipException.badRequest("invalid_note", "a note of 1 to " + PartnershipNote.MAX_LENGTH
                    + " characters");
        }
        return bodies;
    }

    private List<PartnershipNote> post(Caller caller, Partnership p, List<String> bodies) {
        java.time.OffsetDateTime now = partnerships.now();
        List<PartnershipNote> written = new java.util.ArrayList<>();
        for (int i = bodies.size() - 1; i >= 0; i--) {
            PartnershipNote note = new PartnershipNote(p.getId(),
                    now.plus(bodies.size() - 1L - i, java.time.temporal.ChronoUnit.MILLIS),
                    caller.accountId(), caller.displayName(), bodies.get(i));
            repository.persist(note);
            written.add(0, note);
        }
        p.contacted(written.get(0).getWrittenAt());
        notifications.tell(notifications.everyone(p), caller.accountId(), p, Notification.Kind.NOTE,
                caller.displayName());
        return written;
    }
}
