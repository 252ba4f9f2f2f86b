package nl.traineeplanner.app.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.PlanningRunStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanReader;
import nl.traineeplanner.engine.plan.PlanWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan made outside the application (here by the engine's deferred-acceptance baseline on the round's export) is
 * loaded as a run of demo round 1; one that breaks a hard rule is refused with the rule and the placement named.
 */
@WebAppTest
@Transactional
class ImportPlanTests {

    static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Test
    void aValidPlanBecomesAFinishedRunScoredByTheEngine() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        Problem problem = problem(one);
        List<Placement> placements = DeferredAcceptance.plan(problem);
        long runsBefore = runs.count();

        mvc.perform(post("/api/rounds/{id}/plan", one.getId())
                        .param("file", "handwerk.json")
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PlanWriter.toJson(Plan.ofPlacements(placements))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/runs/")))
                .andExpect(jsonPath("$.run.placements", is(placements.size())))
                .andExpect(jsonPath("$.message", startsWith("Plan ingelezen: " + placements.size() + " plaatsingen")));

        assertThat(runs.count()).isEqualTo(runsBefore + 1);
        PlanningRun run =
                runs.findByRoundIdOrderByStartedAtDescIdDesc(one.getId()).get(0);
        assertThat(run.getName()).isEqualTo("Ingelezen plan handwerk.json");
        assertThat(run.getStatus()).isEqualTo(PlanningRunStatus.FINISHED);
        assertThat(run.getObjective())
                .isEqualTo(Scorer.score(problem, placements).total())
                .isEqualTo(PlanReader.read(run.getPlanJson(), "p").objective());
        assertThat(run.getBound()).isZero();
        assertThat(PlanReader.read(run.getPlanJson(), "p").placements())
                .containsExactlyInAnyOrderElementsOf(placements);
    }

    @Test
    void aPlanThatBreaksAHardRuleIsRefusedWithTheRuleAndThePlacement() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        Problem problem = problem(one);
        List<Placement> placements = new ArrayList<>(DeferredAcceptance.plan(problem));
        // a second trainee at the first one's assignment: over capacity where the capacity is 1
        Placement first = placements.stream()
                .filter(p -> problem.instance().assignments().stream()
                        .anyMatch(a -> a.id().equals(p.assignment()) && a.capacity() == 1))
                .findFirst()
                .orElseThrow();
        Placement other = placements.stream()
                .filter(p -> !p.trainee().equals(first.trainee()))
                .findFirst()
                .orElseThrow();
        placements.set(placements.indexOf(other), new Placement(other.trainee(), other.round(), first.assignment()));
        long runsBefore = runs.count();

        mvc.perform(post("/api/rounds/{id}/plan", one.getId())
                        .param("file", "te-vol.json")
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PlanWriter.toJson(Plan.ofPlacements(placements))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors",
                        hasItem(startsWith("te-vol.json: placements (assignment \"%s\", round \"%s\"): breekt H3: "
                                .formatted(first.assignment(), first.round())))));
        assertThat(runs.count()).isEqualTo(runsBefore);
    }

    @Test
    void aPlanWithAnUnknownTraineeIsRefusedNamingTheField() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        String plan = PlanWriter.toJson(
                Plan.ofPlacements(List.of(new Placement("onbekend", String.valueOf(one.getId()), "1"))));

        mvc.perform(post("/api/rounds/{id}/plan", one.getId())
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors",
                        hasItem("plan.json: placements[0], field \"trainee\": unknown trainee \"onbekend\"")));
    }

    @Test
    void theRoundPageLoadsAPlanAndLeadsToItsRun() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        mvc.perform(get("/rounds/{id}", one.getId()).with(COORDINATOR))
                .andExpect(content().string(containsString("action=\"/rounds/" + one.getId() + "/plan\"")));
        String plan = PlanWriter.toJson(Plan.ofPlacements(DeferredAcceptance.plan(problem(one))));

        mvc.perform(multipart("/rounds/{id}/plan", one.getId())
                        .file(new MockMultipartFile(
                                "file", "voorstel.json", "application/json", plan.getBytes(StandardCharsets.UTF_8)))
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/runs/"
                        + runs.findByRoundIdOrderByStartedAtDescIdDesc(one.getId()).stream()
                                .mapToLong(PlanningRun::getId)
                                .max()
                                .orElse(0)))
                .andExpect(flash().attribute("done", startsWith("Plan ingelezen: ")));
    }

    private Problem problem(Round round) throws Exception {
        String instance = mvc.perform(
                        get("/api/rounds/{id}/instance", round.getId()).with(COORDINATOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Problem(InstanceReader.read(instance, "ronde.json"));
    }
}
