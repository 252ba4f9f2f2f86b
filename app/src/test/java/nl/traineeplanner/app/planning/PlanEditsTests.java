package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.audit.ForgetAudit;
import nl.traineeplanner.app.enginedata.EngineRecords;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.check.RuleChecker;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes by hand to the proposal of demo round 1: one run is computed before the tests; each test accepts it as the
 * proposal in its own transaction (rolled back), changes it, and checks what was stored, refused, scored and audited.
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanEditsTests {

    static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private PlanningRunRepository runs;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private Planner planner;

    @Autowired
    private RoundDecisions decisions;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private BoardBuilder boards;

    @Autowired
    private RoundInstances instances;

    private long roundId;
    private long runId;

    @BeforeAll
    void computeOneRunOfRoundOne() {
        Round round = rounds.findAllByOrderByStartDate().get(0);
        roundId = round.getId();
        runId = AsUser.call(
                        "coordinator",
                        "COORDINATOR",
                        () -> planner.start(round, WeightSettings.standard(), 10, "Handwerk", "coordinator"))
                .getId();
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .until(() -> planner.activeRun(roundId).isEmpty());
        assertThat(runs.findById(runId).orElseThrow().hasPlan()).isTrue();
    }

    @AfterAll
    void removeRunsAndTheirAuditTrail() {
        runs.deleteAll();
        ForgetAudit.all(jdbc, audit);
    }

    private Round round() {
        return rounds.findById(roundId).orElseThrow();
    }

    private List<Placement> proposal() {
        return placements.findByRoundId(roundId).stream()
                .sorted(Comparator.comparing(p -> p.getTrainee().getName()))
                .toList();
    }

    private void accept() {
        nl.traineeplanner.app.AsCoordinator.run(
                () -> decisions.accept(runs.findById(runId).orElseThrow(), "coordinator"));
        placements.flush();
    }

    /** The proposal's total as the engine's scorer computes it from the stored placements. */
    private long scoreOfStoredPlan() {
        var instance = instances.forRound(round(), WeightSettings.standard().toWeights());
        var chosen = placements.findByRoundId(roundId).stream()
                .map(p -> new nl.traineeplanner.engine.Placement(
                        EngineRecords.id(p.getTrainee().getId()),
                        EngineRecords.id(roundId),
                        EngineRecords.id(p.getAssignment().getId())))
                .toList();
        Problem problem = new Problem(instance.withPinned(List.of()));
        assertThat(RuleChecker.check(problem, chosen))
                .as("the stored proposal keeps every hard rule")
                .isEmpty();
        return Scorer.score(problem, chosen).total();
    }

    @Test
    @Transactional
    void aMoveToAFreePlaceIsStoredScoredAsTheOptionSaidAndAudited() throws Exception {
        accept();
        long before = scoreOfStoredPlan();
        Placement placement = proposal().get(0);
        PlanEdits.Option option = edits.options(round(), placement.getTrainee().getId()).stream()
                .filter(o -> o.allowed() && o.swapWith() == null)
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/rounds/{id}/proposal/move", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("placement", placement.getId().toString())
                        .param("version", String.valueOf(placement.getVersion()))
                        .param("assignment", String.valueOf(option.assignmentId())))
                .andExpect(redirectedUrl("/rounds/" + roundId + "/proposal"))
                .andExpect(flash().attribute("done", containsString("is verplaatst")));
        placements.flush();

        Placement moved = placements.findById(placement.getId()).orElseThrow();
        assertThat(moved.getAssignment().getId()).isEqualTo(option.assignmentId());
        assertThat(scoreOfStoredPlan()).isEqualTo(before + option.difference());
        assertThat(option.differenceByTerm().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("the terms that change add up to the difference")
                .isEqualTo(option.difference());
        assertThat(boards.forPlan(round()).summary().objective()).isEqualTo(before + option.difference());
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId))
                .filteredOn(e -> e.getAction() == AuditAction.PLACEMENT_MOVED)
                .extracting(e -> AuditWords.dutch(e.getDetail()))
                .singleElement()
                .asString()
                .as("the trail refers to the trainee, it does not hold the name")
                .contains(
                        "{trainee#" + placement.getTrainee().getId() + "}",
                        option.assignment(),
                        "strafpunten " + before)
                .doesNotContain(placement.getTrainee().getName());
        String shown = org.springframework.web.util.HtmlUtils.htmlEscape(
                        placement.getTrainee().getName()) + ": ";
        mvc.perform(get("/audit").param("action", "PLACEMENT_MOVED").with(COORDINATOR))
                .andExpect(content().string(containsString(shown)));
        mvc.perform(get("/audit.csv").param("action", "PLACEMENT_MOVED").with(COORDINATOR))
                .andExpect(
                        content().string(containsString(placement.getTrainee().getName() + ": ")));
        mvc.perform(get("/rounds/{id}", roundId).with(COORDINATOR))
                .andExpect(content().string(containsString(shown)));
    }

    @Test
    @Transactional
    void aMoveToAFullAssignmentIsRefusedWithTheCapacityRuleAndChangesNothing() throws Exception {
        accept();
        List<Placement> proposal = proposal();
        Placement one = proposal.get(0);
        Placement other = proposal.stream()
                .filter(p ->
                        !p.getAssignment().getId().equals(one.getAssignment().getId()))
                .filter(p -> p.getAssignment().getCapacity() == 1)
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/rounds/{id}/proposal/move", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("placement", one.getId().toString())
                        .param("version", String.valueOf(one.getVersion()))
                        .param("assignment", other.getAssignment().getId().toString()))
                .andExpect(flash().attribute(
                                "refusal",
                                allOf(
                                        containsString("breekt een harde regel"),
                                        containsString("(H3)"),
                                        containsString(other.getAssignment().getTitle()))));
        placements.flush();
        assertThat(placements.findById(one.getId()).orElseThrow().getAssignment())
                .isEqualTo(one.getAssignment());
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId))
                .noneMatch(e -> e.getAction() == AuditAction.PLACEMENT_MOVED);
    }

    @Test
    @Transactional
    void everyRefusedOptionNamesTheRuleAndDoingItAnywayIsRefused() {
        accept();
        // a trainee with an option that breaks a rule other than capacity: an excluded organisation, travel or history
        PlanEdits.Option refused = null;
        Placement placement = null;
        for (Placement p : proposal()) {
            var found = edits.options(round(), p.getTrainee().getId()).stream()
                    .filter(o -> !o.allowed() && o.swapWith() == null)
                    .findFirst();
            if (found.isPresent()) {
                refused = found.get();
                placement = p;
                break;
            }
        }
        assertThat(refused)
                .as("the demo data has an exclusion or travel limit that forbids a move")
                .isNotNull();
        assertThat(refused.difference()).isNull();
        assertThat(refused.refusal().get(0).nl()).containsPattern("\\(H[1-7]\\)");
        Placement target = placement;
        long assignment = refused.assignmentId();
        assertThatThrownBy(() -> nl.traineeplanner.app.AsCoordinator.run(() ->
                        edits.move(target.getRound(), target.getId(), target.getVersion(), assignment, "coordinator")))
                .isInstanceOf(PlanningRefusal.class)
                .extracting(e -> ((PlanningRefusal) e).messageKey())
                .isEqualTo("refusal.edit.rules");
    }

    @Test
    @Transactional
    void aPlacementIsOnlyChangedThroughItsOwnRound() throws Exception {
        accept();
        Placement one = proposal().get(0);
        Placement two = proposal().get(1);
        long otherRound = rounds.findAll().stream()
                .filter(r -> !r.getId().equals(roundId))
                .findFirst()
                .orElseThrow()
                .getId();
        PlanEdits.Option option = edits.options(round(), one.getTrainee().getId()).stream()
                .filter(o -> o.allowed() && o.swapWith() == null)
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/api/rounds/{id}/proposal/moves", otherRound)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"placement\": %d, \"version\": %d, \"assignment\": %d}"
                                .formatted(one.getId(), one.getVersion(), option.assignmentId())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("hoort niet bij")));
        mvc.perform(swapRequest(otherRound, one, one.getVersion(), two, two.getVersion()))
                .andExpect(flash().attribute("refusal", containsString("hoort niet bij")));
        placements.flush();

        assertThat(storedAssignmentId(one)).isEqualTo(one.getAssignment().getId());
        assertThat(storedAssignmentId(two)).isEqualTo(two.getAssignment().getId());
    }

    @Test
    @Transactional
    void aSwapExchangesBothPlacementsAndIsScoredLikeTheOptionSaid() throws Exception {
        accept();
        long before = scoreOfStoredPlan();
        Placement one = proposal().get(1);
        PlanEdits.Option swap = edits.options(round(), one.getTrainee().getId()).stream()
                .filter(o -> o.allowed() && o.swapWith() != null)
                .findFirst()
                .orElseThrow();
        Placement other = placements.findById(swap.swapWithPlacementId()).orElseThrow();
        var oneWas = one.getAssignment().getId();
        var otherWas = other.getAssignment().getId();

        mvc.perform(swapRequest(roundId, one, one.getVersion(), other, swap.swapWithVersion()))
                .andExpect(flash().attribute("done", containsString("Geruild")));
        placements.flush();

        assertThat(storedAssignmentId(one)).isEqualTo(otherWas);
        assertThat(storedAssignmentId(other)).isEqualTo(oneWas);
        assertThat(scoreOfStoredPlan()).isEqualTo(before + swap.difference());
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId))
                .anyMatch(e -> e.getAction() == AuditAction.PLACEMENTS_SWAPPED);
    }

    @Test
    @Transactional
    void aChangeMadeOnAnOutdatedPageIsRefused() throws Exception {
        accept();
        Placement one = proposal().get(0);
        long free = edits.freePlaces(round()).get(0).assignmentId();
        mvc.perform(post("/rounds/{id}/proposal/move", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("placement", one.getId().toString())
                        .param("version", String.valueOf(one.getVersion() + 1))
                        .param("assignment", String.valueOf(free)))
                .andExpect(flash().attribute("refusal", containsString("Iemand anders heeft dit voorstel")));
        assertThat(placements.findById(one.getId()).orElseThrow().getAssignment())
                .isEqualTo(one.getAssignment());
    }

    @Test
    @Transactional
    void aPinnedPlacementIsNotMovedNorSwappedUntilUnpinned() {
        accept();
        List<Placement> proposal = proposal();
        Placement pinned = proposal.get(0);
        Placement other = proposal.get(1);
        nl.traineeplanner.app.AsCoordinator.run(() -> decisions.pin(pinned, "coordinator"));
        placements.flush();
        long free = edits.freePlaces(round()).get(0).assignmentId();
        assertThatThrownBy(() -> nl.traineeplanner.app.AsCoordinator.run(
                        () -> edits.move(pinned.getRound(), pinned.getId(), pinned.getVersion(), free, "coordinator")))
                .isInstanceOf(PlanningRefusal.class)
                .extracting(e -> ((PlanningRefusal) e).messageKey())
                .isEqualTo("refusal.edit.pinned");
        assertThat(edits.options(round(), other.getTrainee().getId()))
                .filteredOn(o -> pinned.getId().equals(o.swapWithPlacementId()))
                .allSatisfy(o -> assertThat(o.refusal().get(0).nl()).contains("vastgezet", "(H7)"));
    }

    @Test
    @Transactional
    void aTraineeWithoutAPlacementIsPlacedByHand() throws Exception {
        accept();
        Placement removed = proposal().get(2);
        long traineeId = removed.getTrainee().getId();
        long assignmentId = removed.getAssignment().getId();
        placements.delete(removed);
        placements.flush();

        mvc.perform(get("/rounds/{id}/proposal", roundId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/proposal/trainees/" + traineeId + "\"")));
        mvc.perform(post("/rounds/{id}/proposal/place", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("trainee", String.valueOf(traineeId))
                        .param("assignment", String.valueOf(assignmentId)))
                .andExpect(flash().attribute("done", containsString("is geplaatst")));
        placements.flush();
        assertThat(placements.findByRoundId(roundId))
                .anyMatch(p ->
                        p.getTrainee().getId() == traineeId && p.getAssignment().getId() == assignmentId);
        assertThat(audit.findByRoundIdOrderByOccurredAtDescIdDesc(roundId))
                .anyMatch(e -> e.getAction() == AuditAction.TRAINEE_PLACED);
    }

    @Test
    @Transactional
    void theBoardAndTheTraineePageShowTheProposalWithItsOptions() throws Exception {
        accept();
        Placement one = proposal().get(0);
        mvc.perform(get("/rounds/{id}/proposal", roundId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Planbord"),
                                containsString("draggable=\"true\""),
                                containsString("Vrije plekken"),
                                containsString(one.getTrainee().getName()),
                                containsString("Het aangenomen plan"))));
        mvc.perform(get(
                                "/rounds/{id}/proposal/trainees/{t}",
                                roundId,
                                one.getTrainee().getId())
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "Plaatsing van " + one.getTrainee().getName() + " wijzigen"),
                                containsString("Verplaatsen"),
                                containsString("ruilen met"))));
        mvc.perform(get("/rounds/{id}/proposal", roundId).with(user("host").roles("HOST")))
                .andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    void theApiShowsTheProposalAndMakesTheSameChecksAndChanges() throws Exception {
        accept();
        Placement one = proposal().get(0);
        long oldVersion = one.getVersion();
        long oldAssignment = one.getAssignment().getId();
        Placement full = proposal().stream()
                .filter(p ->
                        !p.getAssignment().getId().equals(one.getAssignment().getId()))
                .filter(p -> p.getAssignment().getCapacity() == 1)
                .findFirst()
                .orElseThrow();
        long before = scoreOfStoredPlan();
        mvc.perform(get("/api/rounds/{id}/proposal", roundId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objective", is((int) before)))
                .andExpect(jsonPath("$.placements[0].id", is(one.getId().intValue())))
                .andExpect(jsonPath("$.placements[0].version", is((int) one.getVersion())));

        String move = "{\"placement\": %d, \"version\": %d, \"assignment\": %d}";
        mvc.perform(post("/api/rounds/{id}/proposal/moves", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(
                                one.getId(),
                                one.getVersion(),
                                full.getAssignment().getId())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.edit.rules")))
                .andExpect(jsonPath("$.detail", containsString("(H3)")));

        PlanEdits.Option option = edits.options(round(), one.getTrainee().getId()).stream()
                .filter(o -> o.allowed() && o.swapWith() == null)
                .findFirst()
                .orElseThrow();
        PlanEdits.Option best = edits.options(round(), one.getTrainee().getId()).get(0);
        mvc.perform(get(
                                "/api/rounds/{id}/proposal/trainees/{t}/options",
                                roundId,
                                one.getTrainee().getId())
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].assignmentId", is((int) best.assignmentId())))
                .andExpect(jsonPath("$[0].difference", is(best.difference().intValue())));
        mvc.perform(post("/api/rounds/{id}/proposal/moves", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(one.getId(), one.getVersion(), option.assignmentId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.before", is((int) before)))
                .andExpect(jsonPath("$.after", is((int) (before + option.difference()))));
        placements.flush();

        // the same request again is on an old version now
        mvc.perform(post("/api/rounds/{id}/proposal/moves", roundId)
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(one.getId(), oldVersion, oldAssignment)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("refusal.edit.changed")));
        mvc.perform(get("/api/rounds/{id}/proposal", roundId)
                        .with(user("trainee").roles("TRAINEE")))
                .andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    void aPlacementWhoseAssignmentIsNoLongerOfferedIsNamedOnTheBoardAndTheTraineeCanBePlacedAgain() throws Exception {
        accept();
        Placement stale = proposal().get(0);
        Assignment assignment = stale.getAssignment();
        Round other = rounds.findAllByOrderByStartDate().get(2);
        assignment.revise(new AssignmentContent(
                assignment.getTitle(),
                assignment.getProgramme(),
                assignment.getDomain(),
                assignment.getThemes(),
                assignment.getContext(),
                assignment.getTasks(),
                assignment.getExpectedResult(),
                assignment.getMunicipality(),
                assignment.getLocation(),
                Set.of(other),
                assignment.getCapacity(),
                assignment.getSupervisor(),
                assignment.getUnfilledPenalty()));
        placements.flush();

        Board board = boards.forPlan(round());
        assertThat(board.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.nl()).contains(stale.getTrainee().getName(), "niet meer aangeboden"));
        assertThat(board.summary().unplaced()).isEqualTo(1);
        mvc.perform(get("/rounds/{id}/proposal", roundId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet meer aangeboden")));
        // the other trainees can still be changed: the stale placement is left out of the score
        Placement another = proposal().get(1);
        assertThat(edits.options(round(), another.getTrainee().getId())).anyMatch(PlanEdits.Option::allowed);
    }

    /** The coordinator's swap of two placements of a round, each with the version the page showed. */
    private static MockHttpServletRequestBuilder swapRequest(
            long round, Placement one, long version, Placement other, long otherVersion) {
        return post("/rounds/{id}/proposal/swap", round)
                .with(COORDINATOR)
                .with(csrf())
                .param("placement", one.getId().toString())
                .param("version", String.valueOf(version))
                .param("other", other.getId().toString())
                .param("otherVersion", String.valueOf(otherVersion));
    }

    /** The assignment a placement has in the database now. */
    private Long storedAssignmentId(Placement placement) {
        return placements
                .findById(placement.getId())
                .orElseThrow()
                .getAssignment()
                .getId();
    }
}
