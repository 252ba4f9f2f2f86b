package nl.traineeplanner.app.enginedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Weights;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@WebAppTest
@Transactional
class RoundInstancesTests {

    @Autowired
    private RoundInstances instances;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private AssignmentRepository assignments;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private PlacementRepository placements;

    private Round round(int number) {
        return rounds.findAllByOrderByStartDate().get(number - 1);
    }

    /** The engine's reader validates every id, reference and value; reading back the written JSON proves validity. */
    private static Instance readBack(Instance instance) {
        return InstanceReader.read(InstanceWriter.toJson(instance), "demo.json");
    }

    @Test
    void demoRoundOneIsAValidInstanceWithTheWholeCohort() {
        Round round = round(1);
        Instance instance = readBack(instances.forRound(round, Weights.DEFAULTS));

        assertThat(instance.rounds()).extracting(r -> r.id()).containsExactly(String.valueOf(round.getId()));
        assertThat(instance.trainees()).hasSize(24);
        long offered = assignments.findByStatusOrderByTitle(AssignmentStatus.APPROVED).stream()
                .filter(a -> a.isOfferedIn(round))
                .count();
        assertThat(instance.assignments()).hasSize((int) offered);
        assertThat(instance.trainees()).allSatisfy(t -> {
            assertThat(t.preferences()).isNotEmpty();
            assertThat(t.history()).isEmpty();
            assertThat(t.rounds()).containsExactly(String.valueOf(round.getId()));
        });
        assertThat(instance.hostPreferences()).isNotEmpty();
        assertThat(instance.pinned()).isEmpty();
        assertThat(instance.weights()).isEqualTo(Weights.DEFAULTS);
    }

    @Test
    void keepsPreferencesInRankOrderAndTravelLimitsAndExclusions() {
        Round round = round(1);
        Instance instance = instances.forRound(round, Weights.DEFAULTS);
        Trainee chantal = trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals("Chantal Meijer"))
                .findFirst()
                .orElseThrow();
        var engineChantal = instance.trainees().stream()
                .filter(t -> t.id().equals(String.valueOf(chantal.getId())))
                .findFirst()
                .orElseThrow();
        assertThat(engineChantal.maxTravelKm()).isEqualTo(40.0);
        Trainee bram = trainees.findAllByOrderByName().stream()
                .filter(t -> t.getName().equals("Bram Visser"))
                .findFirst()
                .orElseThrow();
        var engineBram = instance.trainees().stream()
                .filter(t -> t.id().equals(String.valueOf(bram.getId())))
                .findFirst()
                .orElseThrow();
        assertThat(engineBram.excludedOrganisations()).contains("gemeente-groningen");
    }

    @Test
    void publishedPlacementsOfRoundOneAreHistoryInRoundTwo() {
        Round one = round(1);
        Round two = round(2);
        List<Trainee> cohort = trainees.findByCohortIdOrderById(one.getCohort().getId());
        Assignment assignment = assignments
                .findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, one.getId())
                .get(0);
        Placement placement = new Placement(cohort.get(0), one, assignment);
        placement.publish();
        placements.save(placement);

        Instance instance = readBack(instances.forRound(two, Weights.DEFAULTS));

        var trainee = instance.trainees().stream()
                .filter(t -> t.id().equals(String.valueOf(cohort.get(0).getId())))
                .findFirst()
                .orElseThrow();
        assertThat(trainee.history()).singleElement().satisfies(h -> {
            assertThat(h.round()).isEqualTo(String.valueOf(one.getId()));
            assertThat(h.organisation()).isEqualTo(assignment.getOrganisation().getCode());
            assertThat(h.programme()).isEqualTo(assignment.getProgramme().getCode());
            assertThat(h.domain()).isEqualTo(assignment.getDomain().getCode());
        });
        assertThat(instance.trainees().get(1).history()).isEmpty();
    }

    @Test
    void pinnedPlacementsOfTheRoundArePins() {
        Round one = round(1);
        Trainee trainee =
                trainees.findByCohortIdOrderById(one.getCohort().getId()).get(0);
        Assignment assignment = assignments
                .findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, one.getId())
                .get(0);
        Placement pinned = new Placement(trainee, one, assignment);
        pinned.pin();
        placements.save(pinned);

        Instance instance = instances.forRound(one, Weights.DEFAULTS);

        assertThat(instance.pinned())
                .containsExactly(new nl.traineeplanner.engine.Placement(
                        String.valueOf(trainee.getId()),
                        String.valueOf(one.getId()),
                        String.valueOf(assignment.getId())));
    }
}
