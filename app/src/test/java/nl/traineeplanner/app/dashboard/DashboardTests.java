package nl.traineeplanner.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.dashboard.Dashboard.Chart;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.progress.RoundProgress;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's overview, on the demo with its earlier cohort ("Lichting 2026", placed and with evaluations due)
 * and its current one ("Lichting 2027", choosing preferences). The numbers are checked against the repositories, so a
 * wrong count or share fails here; the page and the API show the same overview.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-earlier;DB_CLOSE_DELAY=-1",
            "traineeplanner.demo.earlier-cohort=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class DashboardTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CohortOverview overview;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private EntityManager entities;

    @Autowired
    private RoundProgress progress;

    @Autowired
    private EvaluationFormRepository forms;

    @Autowired
    private Clock clock;

    private Cohort earlier() {
        return cohorts.findByName("Lichting 2026").orElseThrow();
    }

    private Cohort current() {
        return cohorts.findAll().stream()
                .filter(c -> !c.getName().equals("Lichting 2026"))
                .findFirst()
                .orElseThrow();
    }

    private Dashboard of(Cohort cohort) {
        return overview.of(cohort.getId(), Locale.forLanguageTag("nl")).orElseThrow();
    }

    private static Chart chart(Dashboard d, String id) {
        return d.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static long sum(Chart chart) {
        return chart.series().stream()
                .flatMap(s -> s.values().stream())
                .mapToLong(Number::longValue)
                .sum();
    }

    @Test
    void theTimelineHasEveryRoundWithItsDeadlinesAndTheCountsMatchTheCohort() {
        Cohort cohort = earlier();
        Dashboard d = of(cohort);

        List<Round> ofCohort = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId());
        assertThat(d.rounds())
                .extracting(Dashboard.RoundLine::name)
                .containsExactlyElementsOf(ofCohort.stream().map(Round::getName).toList());
        Dashboard.RoundLine first = d.rounds().get(0);
        assertThat(first.deadlines()).extracting(Dashboard.Deadline::kind).contains("preferences", "midTerm", "final");
        assertThat(first.deadlines())
                .filteredOn(x -> x.kind().equals("preferences"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.date()).isEqualTo(ofCohort.get(0).getPreferencesDeadline());
                    assertThat(x.passed()).isEqualTo(x.date().isBefore(d.today()));
                });
        assertThat(d.timelineSummary()).contains(String.valueOf(ofCohort.size()));

        Map<String, Long> counts =
                d.counts().stream().collect(Collectors.toMap(Dashboard.Count::kind, Dashboard.Count::value));
        assertThat(counts.get("trainees"))
                .isEqualTo(trainees.findByCohortIdOrderById(cohort.getId()).size());
        assertThat(counts.get("placements"))
                .isEqualTo(placements
                        .findByRoundCohortIdAndStatus(cohort.getId(), PlacementStatus.PUBLISHED)
                        .size());
    }

    @Test
    void theChartsCountEveryPublishedPlacementAndTheShareOfFirstChoicesIsTheTraineesOwnRank() {
        Cohort cohort = earlier();
        List<Placement> published = placements.findByRoundCohortIdAndStatus(cohort.getId(), PlacementStatus.PUBLISHED);
        assertThat(published).isNotEmpty();
        Dashboard d = of(cohort);

        for (String id : List.of("domains", "programmes", "municipalities", "organisations")) {
            assertThat(sum(chart(d, id))).as(id).isEqualTo(published.size());
        }
        assertThat(chart(d, "organisations").labels())
                .containsAll(published.stream()
                        .map(p -> p.getAssignment().getOrganisation().getName())
                        .distinct()
                        .toList());

        Round firstRound = published.stream()
                .map(Placement::getRound)
                .min(java.util.Comparator.comparing(Round::getSequenceNumber))
                .orElseThrow();
        List<Placement> ofFirst = published.stream()
                .filter(p -> p.getRound().getId().equals(firstRound.getId()))
                .toList();
        long firstChoices = ofFirst.stream()
                .filter(p ->
                        preferences
                                .findByTraineeIdAndRoundIdOrderByRank(
                                        p.getTrainee().getId(), firstRound.getId())
                                .stream()
                                .findFirst()
                                .map(TraineePreference::getAssignment)
                                .map(a -> a.getId().equals(p.getAssignment().getId()))
                                .orElse(false))
                .count();
        Chart choices = chart(d, "choices");
        int index = choices.labels().indexOf(firstRound.getName());
        assertThat(choices.series().get(0).values().get(index).intValue())
                .isEqualTo((int) Math.round(100.0 * firstChoices / ofFirst.size()));
        assertThat(choices.series().get(1).values().get(index).intValue())
                .isGreaterThanOrEqualTo(
                        choices.series().get(0).values().get(index).intValue());

        long withHome =
                published.stream().filter(p -> p.getTrainee().getHome() != null).count();
        assertThat(sum(chart(d, "distances"))).isEqualTo(withHome);

        Chart variety = chart(d, "variety");
        assertThat(variety.series().get(0).values().get(0).doubleValue()).isEqualTo(1.0);
        assertThat(variety.summary()).contains(firstRound.getName());
    }

    @Test
    void aRoundWithFewerApprovedPlacesThanTraineesIsFlaggedWithTheNumbers() {
        Cohort cohort = current();
        Round open = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId()).stream()
                .filter(r -> r.getStatus().compareTo(RoundStatus.MATCHING) <= 0)
                .findFirst()
                .orElseThrow();
        assertThat(of(cohort).alerts())
                .noneMatch(a -> a.kind().equals("placesShort") && a.text().contains(open.getName() + ":"));

        List<Assignment> offered =
                assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, open.getId());
        List<Long> kept = offered.stream()
                .limit(offered.size() / 2)
                .map(Assignment::getId)
                .toList();
        entities.createQuery("update Assignment a set a.capacity = 1 where a.id in :ids")
                .setParameter("ids", kept)
                .executeUpdate();
        entities.createQuery("update Assignment a set a.status = :rejected where a.id in :ids")
                .setParameter("rejected", AssignmentStatus.REJECTED)
                .setParameter(
                        "ids",
                        offered.stream()
                                .skip(kept.size())
                                .map(Assignment::getId)
                                .toList())
                .executeUpdate();
        entities.clear();

        int n = trainees.findByCohortIdOrderById(cohort.getId()).size();
        int places = kept.size();
        assertThat(places).isLessThan(n);
        assertThat(of(cohort).alerts())
                .filteredOn(a -> a.kind().equals("placesShort"))
                .anySatisfy(a -> {
                    assertThat(a.urgent()).isTrue();
                    assertThat(a.text())
                            .isEqualTo("%s: %d goedgekeurde plaatsen voor %d trainees, dus %d te weinig."
                                    .formatted(open.getName(), places, n, n - places));
                    assertThat(a.link()).isEqualTo("/rounds/" + open.getId());
                });
    }

    @Test
    void traineesBehindWithTheirPreferencesAreNamedWithTheDeadline() {
        Cohort cohort = current();
        Round open = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId()).stream()
                .filter(r -> r.getStatus() == RoundStatus.PREFERENCES_OPEN)
                .findFirst()
                .orElseThrow();
        int n = trainees.findByCohortIdOrderById(cohort.getId()).size();
        assertThat(of(cohort).alerts()).noneMatch(a -> a.kind().equals("preferences"));

        // one trainee has not chosen yet
        entities.createQuery("delete from TraineePreference p where p.trainee.id = :trainee and p.round.id = :round")
                .setParameter(
                        "trainee",
                        trainees.findByCohortIdOrderById(cohort.getId()).get(0).getId())
                .setParameter("round", open.getId())
                .executeUpdate();
        entities.clear();

        assertThat(of(cohort).alerts())
                .filteredOn(a -> a.kind().equals("preferences"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.text()).startsWith(open.getName() + ": 1 van de " + n + " trainees");
                    assertThat(a.link()).isEqualTo("/rounds/" + open.getId() + "/progress");
                });
    }

    @Test
    void hostsBehindWithTheirRankingsAreCountedWithTheDeadline() {
        Round open = rounds.findByCohortIdOrderBySequenceNumber(current().getId()).stream()
                .filter(r -> r.acceptsHostRankings(today()))
                .findFirst()
                .orElseThrow();
        RoundProgress.Progress p = progress.of(open);
        long behind = p.hosts().size() - p.hostsDone();
        assertThat(behind).as("the demo has hosts still to rank").isPositive();

        assertThat(of(current()).alerts())
                .filteredOn(a -> a.kind().equals("rankings"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.text())
                            .startsWith("%s: %d van de %d opdrachtgevers hebben hun kandidaten nog niet gerangschikt."
                                    .formatted(open.getName(), behind, p.hosts().size()));
                    assertThat(a.urgent())
                            .as("urgent only from 14 days before the deadline")
                            .isEqualTo(!today().plusDays(14).isBefore(open.getHostRankingDeadline()));
                    assertThat(a.link()).isEqualTo("/rounds/" + open.getId() + "/progress");
                });
    }

    @Test
    void aRoundInMatchingIsReadyToPublishOnceEveryTraineeHasAProposedPlacement() {
        Cohort cohort = current();
        Round open = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId()).get(0);
        open.startMatching(today(), "om het overzicht te toetsen");
        List<Assignment> offered =
                assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, open.getId());
        List<nl.traineeplanner.app.trainee.Trainee> all = trainees.findByCohortIdOrderById(cohort.getId());
        for (int i = 0; i < all.size() - 1; i++) {
            placements.save(new Placement(all.get(i), open, offered.get(i % offered.size())));
        }
        placements.flush();
        assertThat(of(cohort).alerts()).noneMatch(a -> a.kind().equals("readyToPublish"));

        placements.saveAndFlush(new Placement(all.get(all.size() - 1), open, offered.get(0)));
        assertThat(of(cohort).alerts())
                .filteredOn(a -> a.kind().equals("readyToPublish"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.text())
                            .isEqualTo("%s is klaar om te publiceren: %d plaatsingen staan voorgesteld."
                                    .formatted(open.getName(), all.size()));
                    assertThat(a.link()).isEqualTo("/rounds/" + open.getId());
                });
    }

    @Test
    void overdueEvaluationsAreCountedForTheCohortTheyBelongTo() {
        long overdue = forms.findAll().stream()
                .filter(f -> f.getPlacement()
                        .getRound()
                        .getCohort()
                        .getId()
                        .equals(earlier().getId()))
                .collect(Collectors.groupingBy(f -> f.getPlacement().getId() + "/" + f.getMoment()))
                .values()
                .stream()
                .filter(pair -> pair.stream().anyMatch(f -> f.isOverdue(today())))
                .count();
        assertThat(overdue)
                .as("the demo's earlier cohort has overdue evaluations")
                .isPositive();

        assertThat(of(earlier()).alerts())
                .filteredOn(a -> a.kind().equals("evaluationsOverdue"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.text())
                            .isEqualTo(
                                    overdue == 1 ? "Eén evaluatie is te laat." : overdue + " evaluaties zijn te laat.");
                    assertThat(a.urgent()).isTrue();
                    assertThat(a.link()).isEqualTo("/evaluations");
                });
        assertThat(of(current()).alerts()).noneMatch(a -> a.kind().equals("evaluationsOverdue"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void theMapHasEveryMunicipalityWithItsAssignmentsAndPlacements() {
        Cohort cohort = earlier();
        Dashboard d = of(cohort);

        assertThat(d.municipalities()).hasSize(10);
        assertThat(d.municipalities().stream()
                        .mapToInt(Dashboard.MunicipalityTally::placements)
                        .sum())
                .isEqualTo(placements
                        .findByRoundCohortIdAndStatus(cohort.getId(), PlacementStatus.PUBLISHED)
                        .size());
        assertThat(d.map().getTallies()).hasSize((int) d.municipalities().stream()
                .filter(m -> m.assignments() + m.placements() > 0)
                .count());
    }

    @Test
    void theCoordinatorStartsOnTheOverviewWithItsChartsTablesAndMap() throws Exception {
        Cohort cohort = earlier();
        String page = mvc.perform(get("/dashboard")
                        .param("cohort", cohort.getId().toString())
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Overzicht: Lichting 2026")
                .contains("id=\"timeline\"")
                .contains("data-chart=")
                .contains("Plaatsingen per beleidsterrein")
                .contains("Tabel: Plaatsingen per beleidsterrein")
                .contains("class=\"province-map\"")
                .contains("/webjars/chart.js/4.4.1/dist/chart.umd.js")
                .contains("/api/rounds/")
                .contains("/cohorts/" + cohort.getId() + "/catalogue.xlsx")
                .contains("/cohorts/" + cohort.getId() + "/imports");
        mvc.perform(get("/webjars/chart.js/4.4.1/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/").with(SignIn.as("coordinator")))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/dashboard"));
    }

    @Test
    void theApiGivesTheSameOverviewInTheLanguageAskedFor() throws Exception {
        Cohort cohort = earlier();
        mvc.perform(get("/api/cohorts/{id}/dashboard", cohort.getId())
                        .param("lang", "en")
                        .with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohortName").value("Lichting 2026"))
                .andExpect(jsonPath("$.rounds.length()").value(3))
                .andExpect(jsonPath("$.charts[0].title").value("Placements per policy domain"))
                .andExpect(jsonPath("$.map").doesNotExist());
        mvc.perform(get("/api/cohorts/{id}/dashboard", 999_999).with(SignIn.as("coordinator")))
                .andExpect(status().isNotFound());
    }
}
