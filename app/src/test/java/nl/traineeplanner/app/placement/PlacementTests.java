package nl.traineeplanner.app.placement;

import static nl.traineeplanner.app.Fixtures.OLDAMBT;
import static nl.traineeplanner.app.Fixtures.content;
import static nl.traineeplanner.app.Fixtures.oldambt;
import static nl.traineeplanner.app.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Set;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import org.junit.jupiter.api.Test;

class PlacementTests {

    private final Round round1 = round(1);
    private final Assignment assignment = new Assignment(oldambt(), content("Toekomst voor Oldambt", round1));
    private final Trainee trainee = new Trainee(
            round1.getCohort(),
            new TraineeProfile(
                    "Julia van Dijk",
                    "julia@example.nl",
                    null,
                    "Pedagogiek",
                    Set.of(),
                    OLDAMBT,
                    OLDAMBT.centre(),
                    null));

    @Test
    void startsProposedAndUnpinned() {
        Placement placement = new Placement(trainee, round1, assignment);
        assertThat(placement.getStatus()).isEqualTo(PlacementStatus.PROPOSED);
        assertThat(placement.isPinned()).isFalse();
    }

    @Test
    void cannotBePublishedTwice() {
        Placement placement = new Placement(trainee, round1, assignment);
        placement.publish();
        assertThatIllegalStateException().isThrownBy(placement::publish);
    }

    @Test
    void cannotBeUnpinnedAfterPublication() {
        Placement placement = new Placement(trainee, round1, assignment);
        placement.pin();
        placement.publish();
        assertThatIllegalStateException().isThrownBy(placement::unpin);
        assertThat(placement.isPinned()).isTrue();
    }

    @Test
    void refusesAnAssignmentNotOfferedInTheRound() {
        Round round2 = round(2);
        assertThatIllegalArgumentException().isThrownBy(() -> new Placement(trainee, round2, assignment));
    }
}
