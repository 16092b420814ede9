package org.kmbportal.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;

import org.kmbportal.web.Messages;

/**
 * A partnership's check-ins as an iCalendar file (made with biweekly) for people's own calendars: the ones held or
 * missed so far and the next {@value #UPCOMING} to hold, each a whole-day event. A check-in keeps its UID when moved,
 * with a higher SEQUENCE, so calendars that imported it update it rather than add a second one.
 */
public final class PartnershipCalendar {

    static final int UPCOMING = 4;

    private PartnershipCalendar() {
    }

    /**
     * @param pageUrl
     *            the address of the partnership's page (absolute when the portal knows its public address)
     */
    public static String ics(Partnership p, CheckInSchedule schedule, LocalDate today, Instant now, Locale locale,
            String pageUrl, String host) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//KMb Portal//Partnerships//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        calendar.setMethod("PUBLISH");
        calendar.setName(Messages.format(locale, "partnerships.calendar.name", p.getTitle()));
        Map<Integer, CheckInSchedule.Occurrence> shown = new LinkedHashMap<>();
        schedule.throughNext(today).forEach(o -> shown.put(o.number(), o));
        schedule.upcoming(today, UPCOMING).forEach(o -> shown.put(o.number(), o));
        // An ended partnership holds no more check-ins: its calendar keeps those held or missed, none to come.
        List<CheckInSchedule.Occurrence> occurrences = shown.values().stream()
                .filter(o -> !p.isEnded() || o.settled()).toList();
        for (CheckInSchedule.Occurrence o : occurrences) {
            VEvent event = new VEvent();
            event.setUid("partnership-" + p.getId() + "-check-in-" + o.number() + "@" + host);
            event.setDateTimeStamp(Date.from(now));
            LocalDate day = o.held() ? o.heldOn() : o.date();
            event.setDateStart(date(day), false);
            event.setDateEnd(date(day.plusDays(1)), false);
            event.setSummary(Messages.format(locale, "partnerships.calendar.summary." + o.state().key(), o.number(),
                    p.getTitle()));
            event.setDescription(Messages.format(locale, "partnerships.calendar.description", p.getTitle(), pageUrl));
            event.setUrl(pageUrl);
            event.setSequence(o.moved() ? 1 : 0);
            event.setStatus(o.state() == CheckInSchedule.State.MISSED ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static Date date(LocalDate day) {
        // Whole-day values are written in the server's zone, the zone the schedule's dates are in.
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
