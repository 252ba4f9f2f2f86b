package nl.traineeplanner.app.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * An overview of a whole round reads every ranked list and every host's candidates at once; what it reads is exactly
 * what each trainee's and each host's own page reads, one by one, for every round of the demo.
 */
@WebAppTest
@Transactional
class WholeRoundListsTests {

    @Autowired
    private PreferenceLists lists;

    @Autowired
    private HostRankings rankings;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private AssignmentRepository assignments;

    @Test
    void everyTraineesListReadAtOnceIsTheListReadAlone() {
        int nonEmpty = 0;
        for (Round round : rounds.findAll()) {
            Function<Trainee, PreferenceLists.RankedList> atOnce = lists.listsOf(round);
            for (Trainee trainee :
                    trainees.findByCohortIdOrderById(round.getCohort().getId())) {
                PreferenceLists.RankedList alone = lists.listOf(trainee, round);
                PreferenceLists.RankedList together = atOnce.apply(trainee);

                assertThat(ids(together.choices())).isEqualTo(ids(alone.choices()));
                assertThat(together.version()).isEqualTo(alone.version());
                assertThat(together.open()).isEqualTo(alone.open());
                nonEmpty += alone.choices().isEmpty() ? 0 : 1;
            }
        }
        assertThat(nonEmpty).as("lists in the demo to compare").isGreaterThan(5);
    }

    @Test
    void everyAssignmentsCandidatesReadAtOnceAreTheCandidatesReadAlone() {
        int ranked = 0;
        for (Round round : rounds.findAll()) {
            List<Assignment> offered =
                    assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId());
            Map<Long, HostRankings.CandidateList> atOnce = rankings.candidatesOf(offered);
            for (Assignment assignment : offered) {
                HostRankings.CandidateList alone = rankings.candidatesOf(assignment);
                HostRankings.CandidateList together = atOnce.get(assignment.getId());

                assertThat(together.candidates())
                        .extracting(c -> c.trainee().getId(), HostRankings.Candidate::hostRank)
                        .isEqualTo(alone.candidates().stream()
                                .map(c -> org.assertj.core.groups.Tuple.tuple(
                                        c.trainee().getId(), c.hostRank()))
                                .toList());
                assertThat(together.version()).isEqualTo(alone.version());
                assertThat(together.open()).isEqualTo(alone.open());
                assertThat(together.deadline()).isEqualTo(alone.deadline());
                ranked += (int) alone.rankedCount();
            }
        }
        assertThat(ranked).as("host rankings in the demo to compare").isGreaterThan(0);
    }

    private static List<Long> ids(List<TraineePreference> choices) {
        return choices.stream().map(c -> c.getAssignment().getId()).toList();
    }
}
