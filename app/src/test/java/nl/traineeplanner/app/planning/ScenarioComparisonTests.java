package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.io.InstanceWriter;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanBuilder;
import nl.traineeplanner.engine.plan.PlanWriter;
import nl.traineeplanner.engine.solve.Optimiser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Two scenarios of demo round 1, standard weights against "as many first choices as possible", side by side. */
@WebAppTest
@Transactional
class ScenarioComparisonTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private RoundInstances instances;

    private PlanningRun solvedRun(Round round, String name, WeightSettings weights) {
        Instance instance = instances.forRound(round, weights.toWeights());
        Problem problem = new Problem(instance);
        Plan plan = PlanBuilder.build(
                problem, Optimiser.solve(problem, Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(20))));
        PlanningRun run = new PlanningRun(
                round, name, "coordinator", LocalDateTime.now(), weights, 20, InstanceWriter.toJson(instance));
        run.finish(PlanWriter.toJson(plan), plan.objective(), plan.bound(), true, false, LocalDateTime.now());
        return runs.save(run);
    }

    private static Set<Placement> placements(PlanningRun run) {
        return new HashSet<>(nl.traineeplanner.engine.plan.PlanReader.read(run.getPlanJson(), "plan.json")
                .placements());
    }

    @Test
    void showsTermsFiguresAndEveryTraineePlacedDifferently() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        PlanningRun standard = solvedRun(one, "Standaard", WeightPreset.STANDARD.settings());
        PlanningRun firstChoices = solvedRun(one, "Eerste keuzes", WeightPreset.FIRST_CHOICES.settings());

        ScenarioComparison comparison = ScenarioComparison.of(standard, firstChoices);

        Set<Placement> onlyInOne = placements(standard);
        onlyInOne.removeAll(placements(firstChoices));
        assertThat(onlyInOne).as("the two weightings give different plans").isNotEmpty();
        assertThat(comparison.differences()).hasSize(onlyInOne.size());
        assertThat(comparison.terms())
                .filteredOn(row -> row.key().equals("compare.total"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.left()).isEqualTo(standard.getObjective());
                    assertThat(row.right()).isEqualTo(firstChoices.getObjective());
                });
        mvc.perform(get("/rounds/{id}/compare", one.getId())
                        .param("left", standard.getId().toString())
                        .param("right", firstChoices.getId().toString())
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verschillende plaatsingen (" + onlyInOne.size() + ")")))
                .andExpect(content().string(containsString("voorkeuren van trainees")))
                .andExpect(content().string(containsString("Eerste keuzes")))
                .andExpect(content().string(containsString("andere gewichten")));
    }

    @Test
    void refusesRunsOfDifferentRounds() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        Round two = rounds.findAllByOrderByStartDate().get(1);
        PlanningRun a = solvedRun(one, "Ronde 1", WeightSettings.standard());
        PlanningRun b = solvedRun(two, "Ronde 2", WeightSettings.standard());

        mvc.perform(get("/rounds/{id}/compare", one.getId())
                        .param("left", a.getId().toString())
                        .param("right", b.getId().toString())
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alleen berekeningen van dezelfde ronde")));
    }

    @Test
    void isForTheCoordinatorOnly() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        mvc.perform(get("/rounds/{id}/compare", one.getId()).with(user("host").roles("HOST")))
                .andExpect(status().isForbidden());
    }
}
