package nl.traineeplanner.app.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A placed trainee (Lotte, of the demo's earlier cohort) and a host of her organisation download calendar files; a
 * calendar library reads them back with the right days: the rotation period and the two evaluations, each from the
 * day its forms open until they are due. A host of another organisation does not find her in its file.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-earlier;DB_CLOSE_DELAY=-1",
            "traineeplanner.demo.earlier-cohort=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class CalendarFilesTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private AuditTrail audit;

    private List<Placement> lottes() {
        long lotte = trainees.findAll().stream()
                .filter(t -> t.getName().equals("Lotte Hendriks"))
                .findFirst()
                .orElseThrow()
                .getId();
        return placements.findByTraineeIdAndStatusOrderByRoundStartDate(lotte, PlacementStatus.PUBLISHED);
    }

    private ICalendar download(String path, String account) throws Exception {
        String text = mvc.perform(get(path).with(SignIn.as(account)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".ics")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Biweekly.parse(text).first();
    }

    private static LocalDate day(java.util.Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Map<String, VEvent> byId(ICalendar calendar) {
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
    }

    @Test
    void aTraineeGetsHerPlacementsAndEvaluationsOnTheRightDays() throws Exception {
        List<Placement> published = lottes();
        assertThat(published).isNotEmpty();

        Map<String, VEvent> events = byId(download("/my/calendar.ics", "lotte"));

        assertThat(events).hasSize(3 * published.size());
        for (Placement p : published) {
            VEvent period = events.get("placement-" + p.getId() + "@traineeplanner");
            assertThat(period.getSummary().getValue())
                    .contains(p.getAssignment().getTitle());
            assertThat(day(period.getDateStart().getValue()))
                    .isEqualTo(p.getRound().getStartDate());
            assertThat(day(period.getDateEnd().getValue()))
                    .as("the end of an all-day event is the day after")
                    .isEqualTo(p.getRound().getEndDate().plusDays(1));
            VEvent midTerm = events.get("placement-" + p.getId() + "-mid_term@traineeplanner");
            assertThat(midTerm.getSummary().getValue()).startsWith("Tussenevaluatie");
            assertThat(day(midTerm.getDateStart().getValue()))
                    .isEqualTo(p.getRound().getMidTermEvaluationOpens());
            assertThat(day(midTerm.getDateEnd().getValue()))
                    .isEqualTo(p.getRound().getMidTermEvaluationOpens().plusDays(15));
            assertThat(day(events.get("placement-" + p.getId() + "-final@traineeplanner")
                            .getDateStart()
                            .getValue()))
                    .isEqualTo(p.getRound().getFinalEvaluationOpens());
        }
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.CALENDAR_EXPORTED
                        && e.getUsername().equals("lotte"));
    }

    @Test
    void aHostGetsItsOwnTraineesAndNoOneElses() throws Exception {
        Placement placed = lottes().get(0);
        var organisation = placed.getAssignment().getOrganisation();
        accounts.save(UserAccount.host("agenda-host", passwords.encode("demo"), "Begeleider", organisation));
        String other = organisation.getName().equals("Gemeente Oldambt") ? "provincie" : "host";

        ICalendar own = download("/host/calendar.ics", "agenda-host");
        assertThat(own.getEvents()).anyMatch(e -> e.getSummary().getValue().startsWith("Lotte Hendriks: "));

        ICalendar theirs = download("/host/calendar.ics", other);
        assertThat(theirs.getEvents()).noneMatch(e -> e.getSummary().getValue().contains("Lotte Hendriks"));

        ICalendar overTheApi = download("/api/host/calendar.ics", "agenda-host");
        assertThat(overTheApi.getEvents()).hasSameSizeAs(own.getEvents());
    }
}
