package nl.traineeplanner.app.preference.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.preference.HostRankings;
import nl.traineeplanner.app.preference.ListRefused;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A host ranks the candidates of one of its own approved assignments (role HOST; another organisation's assignment is
 * forbidden). It shows each candidate's education, interests and motivation for this assignment, and nothing else:
 * no contact details, home or other choices. Opening the list is written to the audit trail for each candidate.
 */
@Controller
class CandidatePageController {

    private final PortalAccess access;
    private final HostRankings rankings;
    private final ListMessages messages;

    CandidatePageController(PortalAccess access, HostRankings rankings, ListMessages messages) {
        this.access = access;
        this.rankings = rankings;
        this.messages = messages;
    }

    @GetMapping("/host/assignments/{id}/candidates")
    String page(@AuthenticationPrincipal SignedInUser host, @PathVariable long id, Model model) {
        HostRankings.CandidateList list = rankings.openedBy(access.ownAssignment(host, id), host.getUsername());
        return show(list, RankingForm.of(list), model);
    }

    @PostMapping("/host/assignments/{id}/candidates")
    String rank(
            @AuthenticationPrincipal SignedInUser host,
            @PathVariable long id,
            @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("rankingForm") RankingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Assignment assignment = access.ownAssignment(host, id);
        if (errors.hasErrors()) {
            return show(rankings.candidatesOf(assignment), form, model);
        }
        int moved = form.apply(action);
        HostRankings.CandidateList saved;
        try {
            saved = rankings.save(assignment, form.getTrainees(), form.getVersion());
        } catch (ListRefused refused) {
            messages.reject(refused, errors, (index, field) -> "trainees[" + index + "]");
            HostRankings.CandidateList current = rankings.candidatesOf(assignment);
            boolean sameCandidates =
                    form.getTrainees().size() == current.candidates().size()
                            && form.getTrainees().stream().distinct().count()
                                    == current.candidates().size()
                            && current.candidates().stream()
                                    .allMatch(c -> form.getTrainees()
                                            .contains(c.trainee().getId()));
            if (!sameCandidates
                    || refused.problems().stream().anyMatch(p -> p.code().equals("ranking.refused.changed"))) {
                // the candidates or their order changed elsewhere: show them as they are now; the message says so
                form.showStored(current);
            }
            return show(current, form, model);
        }
        if (moved >= 0) {
            var candidate = saved.candidates().get(moved);
            redirect.addFlashAttribute(
                    "saved",
                    messages.text("ranking.saved.at", candidate.trainee().getName(), candidate.hostRank()));
            return "redirect:/host/assignments/" + id + "/candidates#candidate-"
                    + candidate.trainee().getId();
        }
        redirect.addFlashAttribute("saved", messages.text("ranking.saved"));
        return "redirect:/host/assignments/" + id + "/candidates";
    }

    private static String show(HostRankings.CandidateList list, RankingForm form, Model model) {
        Map<Long, HostRankings.Candidate> byTrainee = list.candidates().stream()
                .collect(Collectors.toMap(c -> c.trainee().getId(), Function.identity()));
        model.addAttribute("list", list);
        model.addAttribute("candidateById", byTrainee);
        model.addAttribute("rankingForm", form);
        return "preferences/candidates";
    }
}
