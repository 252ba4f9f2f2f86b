package nl.traineeplanner.app.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.io.InstanceReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Import of an engine instance as a new cohort through the API, on the demo data: the way back of the export gives the
 * same instance, and a broken file is refused with the item and field named and nothing stored.
 */
@WebAppTest
class ImportApiTests {

    static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private PlacementRepository placements;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private TraineePreferenceRepository preferences;

    @Autowired
    private HostRankingRepository hostRankings;

    @Test
    @Transactional
    void exportImportExportGivesTheSameInstance() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        Round two = rounds.findAllByOrderByStartDate().get(1);
        List<Trainee> cohort = trainees.findByCohortIdOrderById(one.getCohort().getId());
        // history: a published placement in another round; and a pin in the exported round
        Assignment inTwo = assignments
                .findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, two.getId())
                .get(0);
        Placement done = new Placement(cohort.get(0), two, inTwo);
        done.publish();
        placements.save(done);
        Assignment inOne = assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, one.getId()).stream()
                .filter(a -> !a.getOrganisation().equals(inTwo.getOrganisation()))
                .findFirst()
                .orElseThrow();
        Placement pin = new Placement(cohort.get(1), one, inOne);
        pin.pin();
        placements.save(pin);

        String exported = export(one.getId());
        Instance original = InstanceReader.read(exported, "export.json");
        assertThat(original.pinned()).hasSize(1);
        assertThat(original.trainees()).anySatisfy(t -> assertThat(t.history()).hasSize(1));
        assertThat(original.trainees())
                .anySatisfy(t -> assertThat(t.maxTravelKm()).isNotNull());
        assertThat(original.trainees())
                .anySatisfy(t -> assertThat(t.excludedOrganisations()).isNotEmpty());
        assertThat(original.hostPreferences()).isNotEmpty();

        JsonNode answer = json.readTree(mvc.perform(post("/api/cohorts")
                        .param("name", "Lichting kopie")
                        .param("file", "export.json")
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(exported))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/cohorts/")))
                .andExpect(jsonPath(
                        "$.message",
                        is("24 trainees, %d opdrachten en %d organisaties ingelezen in Lichting kopie."
                                .formatted(
                                        original.assignments().size(),
                                        original.organisations().size()))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode result = answer.get("result");
        Map<String, String> ids = new HashMap<>();
        result.get("rounds")
                .forEach(r ->
                        ids.put("r" + r.get("fileId").stringValue(), r.get("id").asString()));
        result.get("assignmentIds")
                .properties()
                .forEach(e -> ids.put("a" + e.getKey(), e.getValue().asString()));
        result.get("traineeIds")
                .properties()
                .forEach(e -> ids.put("t" + e.getKey(), e.getValue().asString()));
        assertThat(result.get("organisationsCreated").asInt()).isZero();
        assertThat(result.get("organisationsUpdated").asInt()).isZero();
        assertThat(result.get("historyPlacements").asInt()).isEqualTo(1);
        assertThat(result.get("pins").asInt()).isEqualTo(1);

        mvc.perform(get("/api/cohorts/{id}", result.get("cohortId").asLong()).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Lichting kopie")))
                .andExpect(jsonPath("$.trainees", is(24)))
                .andExpect(jsonPath("$.rounds.length()", is(2)))
                .andExpect(jsonPath("$.rounds[0].status", is("CLOSED")))
                .andExpect(jsonPath("$.rounds[1].status", is("MATCHING")));
        long planned = Long.parseLong(ids.get("r" + one.getId()));
        assertThat(rounds.findById(planned).orElseThrow().getStatus()).isEqualTo(RoundStatus.MATCHING);
        Instance again = InstanceReader.read(export(planned), "again.json");

        assertThat(normalised(again)).isEqualTo(normalised(renamed(original, ids)));
    }

    /** A file may place a home exactly; the planner keeps it to two decimals (about a kilometre), and serves that. */
    @Test
    @Transactional
    void anImportedHomeIsKeptToTwoDecimals() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        ObjectNode file = (ObjectNode) json.readTree(export(one.getId()));
        ObjectNode first = (ObjectNode) file.get("trainees").get(0);
        first.putObject("home").put("lat", 53.123456).put("lon", 6.987654);

        JsonNode answer = json.readTree(mvc.perform(post("/api/cohorts")
                        .param("name", "Lichting met precieze adressen")
                        .param("file", "precies.json")
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(file)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long id = answer.get("result")
                .get("traineeIds")
                .get(first.get("id").asString())
                .asLong();

        Trainee imported = trainees.findById(id).orElseThrow();
        assertThat(imported.getHome()).isEqualTo(new nl.traineeplanner.app.organisation.GeoPoint(53.12, 6.99));
        mvc.perform(get("/api/trainees/{id}", id).with(COORDINATOR))
                .andExpect(jsonPath("$.home.lat", is(53.12)))
                .andExpect(jsonPath("$.home.lon", is(6.99)));
    }

    @Test
    void refusesAnImpossibleFieldNamingItAndStoresNothing() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        ObjectNode broken = (ObjectNode) json.readTree(export(one.getId()));
        ObjectNode second = (ObjectNode) broken.get("assignments").get(1);
        second.put("capacity", 0);
        String id = second.get("id").asString();
        long[] before = counts();

        mvc.perform(post("/api/cohorts")
                        .param("name", "Lichting kapot")
                        .param("file", "kapot.json")
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title", is("Het bestand is niet ingelezen")))
                .andExpect(jsonPath(
                        "$.errors",
                        hasItem(startsWith("kapot.json: assignments[1] (id \"" + id + "\"), field \"capacity\""))));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void refusesWhatTheApplicationCannotKeepNamingItemAndFieldAndStoresNothing() throws Exception {
        Round one = rounds.findAllByOrderByStartDate().get(0);
        ObjectNode broken = (ObjectNode) json.readTree(export(one.getId()));
        ObjectNode third = (ObjectNode) broken.get("trainees").get(2);
        third.remove("home");
        String trainee = third.get("id").asString();
        ObjectNode first = (ObjectNode) broken.get("assignments").get(0);
        first.put("programme", "onbekend");
        String assignment = first.get("id").asString();
        String existing = cohorts.findAll().get(0).getName();
        long[] before = counts();

        mvc.perform(post("/api/cohorts")
                        .param("name", existing)
                        .param("file", "ronde.json")
                        .with(COORDINATOR)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()", is(3)))
                .andExpect(jsonPath(
                        "$.errors",
                        hasItem("Er is al een lichting met de naam \"" + existing + "\"; kies een andere naam.")))
                .andExpect(jsonPath(
                        "$.errors",
                        hasItem("ronde.json: trainees[2] (id \"" + trainee + "\"), veld \"home\": de applicatie heeft"
                                + " een plaats op de kaart nodig (lat en lon)")))
                .andExpect(jsonPath(
                        "$.errors",
                        hasItem(startsWith("ronde.json: assignments[0] (id \"" + assignment
                                + "\"), veld \"programme\": onbekend programma \"onbekend\""))));

        assertThat(counts()).containsExactly(before);
    }

    @Test
    void onlyTheCoordinatorImports() throws Exception {
        mvc.perform(post("/api/cohorts")
                        .param("name", "Lichting host")
                        .with(user("host").roles("HOST"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    private String export(long roundId) throws Exception {
        return mvc.perform(get("/api/rounds/{id}/instance", roundId).with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long[] counts() {
        return new long[] {
            cohorts.count(),
            rounds.count(),
            organisations.count(),
            assignments.count(),
            trainees.count(),
            preferences.count(),
            hostRankings.count(),
            placements.count()
        };
    }

    /** The instance with every id of a round, assignment and trainee replaced by the one it was imported as. */
    private static Instance renamed(Instance i, Map<String, String> ids) {
        Function<String, String> round = id -> ids.getOrDefault("r" + id, id);
        Function<String, String> assignment = id -> ids.get("a" + id);
        Function<String, String> trainee = id -> ids.get("t" + id);
        return new Instance(
                i.rounds().stream()
                        .map(r -> new nl.traineeplanner.engine.Round(round.apply(r.id()), r.start(), r.end()))
                        .toList(),
                i.organisations(),
                i.assignments().stream()
                        .map(a -> new nl.traineeplanner.engine.Assignment(
                                assignment.apply(a.id()),
                                a.title(),
                                a.organisation(),
                                a.programme(),
                                a.domain(),
                                a.rounds().stream().map(round).toList(),
                                a.capacity(),
                                a.location(),
                                a.unfilledPenalty()))
                        .toList(),
                i.trainees().stream()
                        .map(t -> new nl.traineeplanner.engine.Trainee(
                                trainee.apply(t.id()),
                                t.name(),
                                t.home(),
                                t.rounds().stream().map(round).toList(),
                                t.preferences().stream().map(assignment).toList(),
                                t.excludedOrganisations(),
                                t.maxTravelKm(),
                                t.history().stream()
                                        .map(h -> new HistoryEntry(
                                                round.apply(h.round()), h.organisation(), h.programme(), h.domain()))
                                        .toList()))
                        .toList(),
                i.hostPreferences().stream()
                        .map(h -> new HostPreference(
                                assignment.apply(h.assignment()),
                                h.trainees().stream().map(trainee).toList()))
                        .toList(),
                i.pinned().stream()
                        .map(p -> new nl.traineeplanner.engine.Placement(
                                trainee.apply(p.trainee()), round.apply(p.round()), assignment.apply(p.assignment())))
                        .toList(),
                i.weights());
    }

    /** Lists whose order carries no meaning, in one order. */
    private static Instance normalised(Instance i) {
        return new Instance(
                i.rounds(),
                i.organisations(),
                i.assignments(),
                i.trainees().stream()
                        .map(t -> new nl.traineeplanner.engine.Trainee(
                                t.id(),
                                t.name(),
                                t.home(),
                                t.rounds(),
                                t.preferences(),
                                t.excludedOrganisations(),
                                t.maxTravelKm(),
                                t.history().stream()
                                        .sorted(Comparator.comparing(HistoryEntry::round))
                                        .toList()))
                        .toList(),
                i.hostPreferences().stream()
                        .sorted(Comparator.comparing(HostPreference::assignment))
                        .toList(),
                i.pinned().stream()
                        .sorted(Comparator.comparing(nl.traineeplanner.engine.Placement::trainee))
                        .toList(),
                i.weights());
    }
}
