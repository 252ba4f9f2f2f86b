package nl.traineeplanner.app.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.placement.HostRanking;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import org.springframework.stereotype.Component;

/**
 * Makes plausible, repeatable preferences for the demo cohort: each trainee ranks three to five approved assignments of
 * the round, those in their fields of interest first, never at an excluded organisation or beyond their travel limit.
 * Some hosts then rank the trainees who chose their assignment.
 */
@Component
class DemoPreferences {

    /** Hosts that have ranked their interested trainees in the demo. */
    private static final List<String> RANKING_HOSTS =
            List.of("gemeente-oldambt", "provincie-groningen", "gemeente-midden-groningen", "gemeente-eemsdelta");

    private static final String[] MOTIVATIONS_IN_FIELD = {
        "Dit sluit goed aan bij mijn opleiding. Ik wil graag verder in %s en lijkt me bij %s een mooie plek om dat te doen.",
        "%s is precies waar mijn interesse ligt. Ik ben benieuwd hoe %s dit in de praktijk aanpakt.",
        "Ik heb in mijn studie al veel met %s gedaan en wil nu zien hoe het werkt bij %s.",
    };

    private static final String[] MOTIVATIONS_NEW = {
        "Ik ken %s nog weinig en wil juist daarom eens buiten mijn eigen vakgebied kijken, bij %s.",
        "Een opdracht in %s lijkt me een goede aanvulling op mijn eerdere ervaring; %s spreekt me aan.",
    };

    private final TraineePreferenceRepository preferences;
    private final HostRankingRepository hostRankings;

    DemoPreferences(TraineePreferenceRepository preferences, HostRankingRepository hostRankings) {
        this.preferences = preferences;
        this.hostRankings = hostRankings;
    }

    /**
     * Preferences of every trainee for the round; host rankings only in the first round, as the hosts of later rounds
     * rank their candidates after the earlier rounds are published.
     */
    void create(List<Trainee> trainees, List<Assignment> assignments, Round round) {
        List<Assignment> offered = assignments.stream()
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED && a.isOfferedIn(round))
                .sorted(Comparator.comparing(Assignment::getTitle))
                .toList();
        Map<Assignment, List<Trainee>> interested = new LinkedHashMap<>();
        for (int i = 0; i < trainees.size(); i++) {
            Trainee trainee = trainees.get(i);
            List<Assignment> chosen = choose(trainee, offered, 3 + i % 3, round.getSequenceNumber());
            for (int rank = 1; rank <= chosen.size(); rank++) {
                Assignment assignment = chosen.get(rank - 1);
                preferences.save(new TraineePreference(
                        trainee, round, assignment, rank, motivation(trainee, assignment, i + rank)));
                interested.computeIfAbsent(assignment, a -> new ArrayList<>()).add(trainee);
            }
        }
        interested.forEach((assignment, candidates) -> {
            if (round.getSequenceNumber() == 1
                    && RANKING_HOSTS.contains(assignment.getOrganisation().getCode())) {
                // The host met the candidates; here it simply prefers the ones from nearby.
                List<Trainee> ranked = candidates.stream()
                        .sorted(Comparator.comparingDouble(t -> t.getHome().distanceKm(assignment.getLocation())))
                        .toList();
                for (int rank = 1; rank <= ranked.size(); rank++) {
                    hostRankings.save(new HostRanking(assignment, ranked.get(rank - 1), rank));
                }
            }
        });
    }

    private static List<Assignment> choose(Trainee trainee, List<Assignment> offered, int count, int roundNumber) {
        String salt = roundNumber == 1 ? "" : String.valueOf(roundNumber);
        return offered.stream()
                .filter(a -> !trainee.getExcludedOrganisations().contains(a.getOrganisation()))
                .filter(a -> trainee.getMaxTravelKm()
                        .map(limit -> trainee.getHome().distanceKm(a.getLocation()) <= limit)
                        .orElse(true))
                .sorted(Comparator.comparing(
                                (Assignment a) -> !trainee.getInterests().contains(a.getDomain()))
                        .thenComparingInt(
                                a -> Math.floorMod((trainee.getEmail() + a.getTitle() + salt).hashCode(), 997)))
                .limit(count)
                .toList();
    }

    private static String motivation(Trainee trainee, Assignment assignment, int variant) {
        String domain = assignment.getDomain().getName().toLowerCase(Locale.ROOT);
        String host = assignment.getOrganisation().getName();
        String[] templates =
                trainee.getInterests().contains(assignment.getDomain()) ? MOTIVATIONS_IN_FIELD : MOTIVATIONS_NEW;
        String text = templates[variant % templates.length].formatted(domain, host);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
