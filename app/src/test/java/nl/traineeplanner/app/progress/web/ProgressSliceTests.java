package nl.traineeplanner.app.progress.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import nl.traineeplanner.app.progress.RoundProgress;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sending the reminders of a round now: the coordinator's button, with the services mocked. */
@WebSliceTest(ProgressController.class)
class ProgressSliceTests {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoundRepository rounds;

    @MockitoBean
    RoundProgress progress;

    @Test
    void theCoordinatorSendsTheRemindersAndSeesHowMany() throws Exception {
        Round round = mock(Round.class);
        when(rounds.findById(3L)).thenReturn(Optional.of(round));
        when(progress.remindNow(round, "coordinator")).thenReturn(new RoundProgress.Reminded(4, 2));

        mvc.perform(post("/rounds/3/reminders").with(COORDINATOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/rounds/3/progress"))
                .andExpect(flash().attribute("reminded", new RoundProgress.Reminded(4, 2)));
        verify(progress).remindNow(round, "coordinator");
    }

    @Test
    void aRoundThatIsNotThereIsNotFound() throws Exception {
        when(rounds.findById(9L)).thenReturn(Optional.empty());

        mvc.perform(post("/rounds/9/reminders").with(COORDINATOR).with(csrf())).andExpect(status().isNotFound());
        verify(progress, never()).remindNow(any(), anyString());
    }

    @Test
    void onlyACoordinatorWithTheFormsTokenSendsThem() throws Exception {
        mvc.perform(post("/rounds/3/reminders").with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/rounds/3/reminders").with(user("host").roles("HOST")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rounds/3/reminders").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        verify(progress, never()).remindNow(any(), anyString());
    }
}
