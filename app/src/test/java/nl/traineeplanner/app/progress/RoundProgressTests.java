package nl.traineeplanner.app.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageKind;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.round.ChoiceLimits;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator sees who is behind in a round and reminds them; the morning job reminds whoever is behind a few days
 * before a deadline, once per deadline. The demo's "today" is 1 December 2026.
 */
@WebAppTest
@Transactional
class RoundProgressTests {

    private static final RequestPostProcessor COORDINATOR = SignIn.as("coordinator");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private MessageRepository messages;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private HostRankingRepository hostRankings;

    @Autowired
    private ReminderSchedule schedule;

    @Autowired
    private RoundProgress progress;

    private Round round;

    @BeforeEach
    void roundOneAsksForFiveChoices() {
        round = rounds.findAllByOrderByStartDate().get(0);
        // the demo trainees chose three to five assignments: with five needed, some are behind
        round.limitChoices(new ChoiceLimits(5, 10));
    }

    private List<Message> reminders(MessageKind kind) {
        return messages.findByRoundIdOrderById(round.getId()).stream()
                .filter(m -> m.getKind() == kind)
                .toList();
    }

    private long behind() {
        return progress.of(round).trainees().stream().filter(l -> !l.done()).count();
    }

    @Test
    void theCoordinatorSeesWhoIsBehindAndRemindsThem() throws Exception {
        assertThat(behind()).isPositive();
        mvc.perform(get("/rounds/{id}/progress", round.getId()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Voortgang van Ronde 1"),
                                containsString("Anna de Jong"),
                                containsString("keuzes nodig"))));

        mvc.perform(post("/rounds/{id}/reminders", round.getId())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        List<Message> sent = reminders(MessageKind.REMINDER_PREFERENCES);
        assertThat(sent).hasSize((int) behind());
        assertThat(sent).allSatisfy(m -> assertThat(m.getDueDate()).isEqualTo(round.getPreferencesDeadline()));
        mvc.perform(get("/messages").with(SignIn.as("trainee")))
                .andExpect(content().string(containsString("Herinnering: kies je voorkeuren voor Ronde 1")));
    }

    @Test
    void theMorningJobRemindsOncePerDeadlineAndOnlyWhenItIsNear() {
        schedule.remindDueRounds();
        assertThat(reminders(MessageKind.REMINDER_PREFERENCES))
                .as("15 December is two weeks away")
                .isEmpty();

        round.reschedule(new RoundPeriod(
                round.getStartDate(),
                round.getEndDate(),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 3)));
        // Gemeente Oldambt had ranked its candidates in the demo; now one of its assignments is unranked again
        hostRankings.deleteRanking(rankedOldambtAssignment().getId());

        schedule.remindDueRounds();
        int trainees = reminders(MessageKind.REMINDER_PREFERENCES).size();
        List<Message> hosts = reminders(MessageKind.REMINDER_RANKING);
        assertThat(trainees).isEqualTo((int) behind()).isPositive();
        assertThat(hosts).extracting(m -> m.getRecipientAccount().getUsername()).contains("host");

        schedule.remindDueRounds();
        assertThat(reminders(MessageKind.REMINDER_PREFERENCES)).hasSize(trainees);
        assertThat(reminders(MessageKind.REMINDER_RANKING)).hasSize(hosts.size());
    }

    @Test
    void nobodyIsRemindedOfADeadlineThatHasPassed() throws Exception {
        round.reschedule(new RoundPeriod(
                round.getStartDate(),
                round.getEndDate(),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 27)));
        mvc.perform(
                post("/rounds/{id}/reminders", round.getId()).with(COORDINATOR).with(csrf()));
        assertThat(reminders(MessageKind.REMINDER_PREFERENCES)).isEmpty();
        assertThat(reminders(MessageKind.REMINDER_RANKING)).isEmpty();
    }

    @Test
    void onlyTheCoordinatorSeesProgressAndSendsReminders() throws Exception {
        for (RequestPostProcessor other : List.of(SignIn.as("host"), SignIn.as("trainee"))) {
            mvc.perform(get("/rounds/{id}/progress", round.getId()).with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/rounds/{id}/reminders", round.getId())
                            .with(other)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(reminders(MessageKind.REMINDER_PREFERENCES)).isEmpty();
        assertThat(accounts.count()).isPositive();
    }

    private nl.traineeplanner.app.assignment.Assignment rankedOldambtAssignment() {
        return hostRankings.findAll().stream()
                .map(h -> h.getAssignment())
                .filter(a -> a.getOrganisation().getCode().equals("gemeente-oldambt") && a.isOfferedIn(round))
                .findFirst()
                .orElseThrow();
    }
}
