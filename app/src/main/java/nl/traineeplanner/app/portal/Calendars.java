package nl.traineeplanner.app.portal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationMoment;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar files (iCalendar, .ics) of published placements, for the agenda people already use: for a trainee their
 * rotation periods, for a host its trainees' periods; each with the two evaluations, from the day the forms open until
 * they are due. All-day events with a stable id per placement, so importing a newer file updates them.
 */
@Service
public class Calendars {

    private final PlacementRepository placements;
    private final MessageSource texts;

    Calendars(PlacementRepository placements, MessageSource texts) {
        this.placements = placements;
        this.texts = texts;
    }

    /** What a calendar file holds: its text and how many placements are in it. */
    public record CalendarFile(String text, int placements) {}

    @Transactional(readOnly = true)
    public CalendarFile ofTrainee(long traineeId, Locale locale) {
        return file(
                placements.findByTraineeIdAndStatusOrderByRoundStartDate(traineeId, PlacementStatus.PUBLISHED),
                p -> texts.getMessage(
                        "calendar.trainee.placement",
                        new Object[] {
                            p.getAssignment().getTitle(),
                            p.getAssignment().getOrganisation().getName()
                        },
                        locale),
                locale);
    }

    @Transactional(readOnly = true)
    public CalendarFile ofHost(long organisationId, Locale locale) {
        return file(
                placements.findByAssignmentOrganisationIdAndStatusOrderByRoundStartDateAscTraineeNameAsc(
                        organisationId, PlacementStatus.PUBLISHED),
                p -> texts.getMessage(
                        "calendar.host.placement",
                        new Object[] {
                            p.getTrainee().getName(), p.getAssignment().getTitle()
                        },
                        locale),
                locale);
    }

    /** One file of these placements, each named by {@code what}, with their evaluations. */
    private CalendarFile file(List<Placement> published, Function<Placement, String> what, Locale locale) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Traineeplanner//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        calendar.setName(texts.getMessage("calendar.name", null, locale));
        published.forEach(p -> add(calendar, p, what.apply(p), locale));
        return new CalendarFile(Biweekly.write(calendar).go(), published.size());
    }

    private void add(ICalendar calendar, Placement p, String what, Locale locale) {
        calendar.addEvent(allDay(
                "placement-" + p.getId(),
                what,
                p.getRound().getStartDate(),
                p.getRound().getEndDate()));
        for (EvaluationMoment moment : EvaluationMoment.values()) {
            LocalDate opens = moment.opensOn(p.getRound());
            calendar.addEvent(allDay(
                    "placement-" + p.getId() + "-" + moment.name().toLowerCase(Locale.ROOT),
                    texts.getMessage("calendar.evaluation." + moment.name(), new Object[] {what}, locale),
                    opens,
                    opens.plusDays(EvaluationForm.DAYS_TO_SUBMIT)));
        }
    }

    /** An event over whole days, from the first to the last day included (the file's end is the day after). */
    private static VEvent allDay(String id, String summary, LocalDate first, LocalDate last) {
        VEvent event = new VEvent();
        event.setUid(id + "@traineeplanner");
        event.setSummary(summary);
        event.setDateStart(new DateStart(day(first), false));
        event.setDateEnd(new DateEnd(day(last.plusDays(1)), false));
        return event;
    }

    /** A day as the calendar library takes it: midnight where the planner runs, which it writes as that date. */
    private static java.util.Date day(LocalDate date) {
        return java.util.Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
