package nl.traineeplanner.app.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place each placement had on its trainee's list for the round: 1 for a first choice. The one lookup behind the
 * plan's Excel file and the coordinator's overview.
 */
@Component
public class PlacementRanks {

    private final TraineePreferenceRepository preferences;

    PlacementRanks(TraineePreferenceRepository preferences) {
        this.preferences = preferences;
    }

    /** The ranks within these rounds, read once. */
    @Transactional(readOnly = true)
    public Ranks of(List<Round> rounds) {
        Map<String, Integer> ranks = new HashMap<>();
        for (Round round : rounds) {
            for (TraineePreference p : preferences.findByRoundIdOrderByTraineeNameAscRankAsc(round.getId())) {
                ranks.put(
                        key(
                                p.getTrainee().getId(),
                                round.getId(),
                                p.getAssignment().getId()),
                        p.getRank());
            }
        }
        return new Ranks(ranks);
    }

    /** Ranks looked up by placement. */
    public static final class Ranks {

        private final Map<String, Integer> ranks;

        private Ranks(Map<String, Integer> ranks) {
            this.ranks = ranks;
        }

        /** The place on the list, or {@code null} when the trainee did not choose this assignment. */
        public Integer of(Placement p) {
            return ranks.get(key(
                    p.getTrainee().getId(),
                    p.getRound().getId(),
                    p.getAssignment().getId()));
        }
    }

    private static String key(Long trainee, Long round, Long assignment) {
        return trainee + "/" + round + "/" + assignment;
    }
}
