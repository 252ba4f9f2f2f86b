package nl.traineeplanner.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;
import org.junit.jupiter.api.Test;

class TravelCacheTests {

    private static final Location CITY = new Location(53.219, 6.621);
    private static final Location WESTERWOLDE = new Location(53.014, 7.120);

    // A1 is done at its organisation's location, A2 at its own: the cache must not mix them up.
    private final Problem problem = new Problem(new Instance(
            List.of(new Round("R1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 8, 31))),
            List.of(new Organisation("O1", "O1", CITY)),
            List.of(
                    new Assignment("A1", "A1", "O1", "tvg", "d", List.of("R1"), 1, null, 0),
                    new Assignment("A2", "A2", "O1", "tvg", "d", List.of("R1"), 1, WESTERWOLDE, 0)),
            List.of(trainee("Near", CITY), trainee("Far", WESTERWOLDE)),
            List.of(),
            List.of(),
            null));

    private static Trainee trainee(String id, Location home) {
        return new Trainee(id, id, home, List.of(), List.of(), Set.of(), null, List.of());
    }

    @Test
    void givesTheProblemsTravelCostForEveryAssignmentOfAnOrganisation() {
        TravelCache cache = new TravelCache(problem);
        cache.forTrainee(0);

        assertThat(cache.cost(0)).isEqualTo(problem.travelCost(0, 0)).isZero();
        assertThat(cache.cost(1)).isEqualTo(problem.travelCost(0, 1)).isPositive();
        assertThat(cache.cost(0)).isEqualTo(problem.travelCost(0, 0));
    }

    @Test
    void forgetsTheCostsOfTheTraineeBefore() {
        TravelCache cache = new TravelCache(problem);
        cache.forTrainee(0);
        cache.cost(0);
        cache.forTrainee(1);

        assertThat(cache.cost(0)).isEqualTo(problem.travelCost(1, 0)).isPositive();
    }
}
