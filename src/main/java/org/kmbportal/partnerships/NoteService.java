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
        Caller caller = guard.requireSignedIn();
        Partnership p = partnerships.workable(partnershipId);
        String body = Inputs.required(text, PartnershipNote.MAX_LENGTH, "invalid_note", "a note of 1 to "
                + PartnershipNote.MAX_LENGTH + " characters");
        PartnershipNote note = new PartnershipNote(p.getId(), partnerships.now(), caller.accountId(),
                caller.displayName(),
                body);
        repository.persist(note);
        p.contacted(note.getWrittenAt());
        notifications.tell(notifications.everyone(p), caller.accountId(), p, Notification.Kind.NOTE,
                caller.displayName());
        return note;
    }
}
