package org.kmbportal.partnerships.web;

import java.util.List;

import jakarta.inject.Inject;

import org.kmbportal.library.TaxonomyService;
import org.kmbportal.partnerships.CheckIn;
import org.kmbportal.partnerships.CheckInCorrection;
import org.kmbportal.partnerships.CheckInCorrections;
import org.kmbportal.partnerships.CheckInSchedule;
import org.kmbportal.partnerships.CheckInService;
import org.kmbportal.partnerships.ProfileSnapshots;

/**
 * What the check-in page shows of one check-in ({@code partnerships/check-in.xhtml?id=&number=}): its date and
 * state, its agenda before it is held, and once held its record, with the wordings a correction replaced. The form
 * that records it is {@link CheckInBacking}'s; correcting the record is {@link CorrectCheckInBacking}'s page.
 */
public abstract class CheckInReading extends PlanEditing {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CheckInService checkIns;

    @Inject
    transient CheckInCorrections corrections;

    @Inject
    transient TaxonomyService taxonomies;

    /** The check-in's number as the address gives it. */
    protected String number;
    /** The check-in shown. */
    protected int occurrenceNumber;
    /** The status of a partnership whose address names no check-in (proposed, closed…), or null. */
    protected String noCheckIn;
    private transient CheckInService.Agenda agenda;
    private transient List<CheckInCorrection> history;

    public CheckInSchedule.Occurrence getOccurrence() {
        return getDashboard().checkIns().stream().filter(o -> o.number() == occurrenceNumber).findFirst()
                .orElseGet(() -> getDashboard().next().orElseThrow());
    }

    /**
     * What the check-in is now: its state, or "will not take place" when its partnership ended before it was held or
     * missed (the page still said "upcoming" after the partnership closed: user session).
     */
    public String getStateKey() {
        CheckInSchedule.Occurrence occurrence = getOccurrence();
        return getDashboard().partnership().isEnded() && !occurrence.settled() ? "ended" : occurrence.state().key();
    }

    /** The record, when this check-in was held. */
    public CheckIn getRecord() {
        return getDashboard().record(occurrenceNumber).orElse(null);
    }

    /** The wordings of the record that corrections replaced, the newest first (none when it was never corrected). */
    public List<CheckInCorrection> getCorrections() {
        if (history == null) {
            history = getRecord() == null
                    ? List.of()
                    : corrections.history(partnershipId, occurrenceNumber).reversed();
        }
        return history;
    }

    /**
     * Whether the reader is on neither side of the partnership (an administrator, a colleague of the mentor): they read
     * its check-ins, and the page says who records and corrects them.
     */
    public boolean isNotPartner() {
        var side = getDashboard().side();
        return side != org.kmbportal.partnerships.PartnershipAccess.Side.MENTOR
                && side != org.kmbportal.partnerships.PartnershipAccess.Side.PARTNER;
    }

    /** Whether the reader may correct the record: it is held, and they work in the partnership (either side). */
    public boolean isCorrectable() {
        return getRecord() != null && getDashboard().canWork();
    }

    public CheckInService.Agenda getAgenda() {
        if (agenda == null) {
            agenda = checkIns.agenda(partnershipId);
        }
        return agenda;
    }

    /** The partner's context changes in words: a facet, what was added, what was taken out. */
    public List<ContextLine> getContextLines() {
        return ContextLine.of(getAgenda().contextChanges(), taxonomies.current(), locale.getLanguage());
    }

    /** The context changes stored with the record of a held check-in. */
    public List<ContextLine> getRecordedContextLines() {
        CheckIn record = getRecord();
        return record == null
                ? List.of()
                : ContextLine.of(ProfileSnapshots.changesFromJson(
                        record.getProfileChanges()), taxonomies.current(), locale.getLanguage());
    }

    public String capacityLabel(String key) {
        return taxonomies.current().capacityLabel(key, locale.getLanguage());
    }

    /**
     * Why there is no check-in at this address, when the partnership is a proposal or has ended (its status), else
     * null.
     */
    public String getNoCheckIn() {
        return noCheckIn;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    @Override
    protected void forget() {
        super.forget();
        history = null;
    }
}
