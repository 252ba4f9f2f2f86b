package nl.traineeplanner.app.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.preference.web.PortalAccess;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.trainee.Trainee;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Mijn traineeship", a trainee's start page (role TRAINEE; only their own data): the cohort's rounds with their
 * deadlines and what to do now, their published placements, and the evaluations they can fill in now.
 */
@Controller
class TraineeHomeController {

    private final PortalAccess access;
    private final RoundRepository rounds;
    private final PreferenceLists lists;
    private final PlacementRepository placements;
    private final Evaluations evaluations;
    private final Clock clock;

    TraineeHomeController(
            PortalAccess access,
            RoundRepository rounds,
            PreferenceLists lists,
            PlacementRepository placements,
            Evaluations evaluations,
            Clock clock) {
        this.access = access;
        this.rounds = rounds;
        this.lists = lists;
        this.placements = placements;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** One round of the cohort as the trainee sees it, with their list for it while preferences are open. */
    record RoundLine(Round round, PreferenceLists.RankedList list, Placement placement) {

        public boolean preferencesOpen() {
            return list.open();
        }

        public boolean needsChoices() {
            return list.open() && list.stillNeeded() > 0;
        }
    }

    @GetMapping("/my")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        Trainee trainee = access.trainee(user);
        List<Placement> published =
                placements.findByTraineeIdAndStatusOrderByRoundStartDate(trainee.getId(), PlacementStatus.PUBLISHED);
        List<RoundLine> lines = rounds
                .findByCohortIdOrderBySequenceNumber(trainee.getCohort().getId())
                .stream()
                .map(r -> new RoundLine(
                        r,
                        lists.listOf(trainee, r),
                        published.stream()
                                .filter(p -> p.getRound().getId().equals(r.getId()))
                                .findFirst()
                                .orElse(null)))
                .toList();
        model.addAttribute("trainee", trainee);
        model.addAttribute("rounds", lines);
        model.addAttribute(
                "todo", lines.stream().filter(RoundLine::preferencesOpen).toList());
        model.addAttribute("placements", published);
        model.addAttribute(
                "evaluationsDue", evaluations.due(evaluations.ofTrainee(trainee.getId()), EvaluationAuthor.TRAINEE));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("statusPublished", RoundStatus.PUBLISHED);
        return "portal/trainee";
    }
}
