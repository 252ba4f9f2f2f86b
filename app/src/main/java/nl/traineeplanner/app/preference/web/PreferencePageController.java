package nl.traineeplanner.app.preference.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.ProvinceMap;
import nl.traineeplanner.app.preference.Choice;
import nl.traineeplanner.app.preference.ListRefused;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
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
 * A trainee's ranked list for one round of their own cohort (role TRAINEE only; a round of another cohort is not
 * found). The list is changed by buttons that each post the whole form, so it works by keyboard and without script;
 * drag-and-drop reorders the same form in the browser.
 */
@Controller
class PreferencePageController {

    private final PortalAccess access;
    private final PreferenceLists lists;
    private final ReferenceDataRepository referenceData;
    private final ListMessages messages;
    private final MunicipalityRepository municipalities;

    PreferencePageController(
            PortalAccess access,
            PreferenceLists lists,
            ReferenceDataRepository referenceData,
            ListMessages messages,
            MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
        this.access = access;
        this.lists = lists;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @GetMapping("/my/rounds/{roundId}/preferences")
    String page(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long roundId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) Long add,
            Model model) {
        Trainee trainee = access.trainee(user);
        Round round = access.roundOf(trainee, roundId);
        PreferenceForm form = PreferenceForm.of(lists.listOf(trainee, round));
        form.setAddAssignment(add);
        return show(trainee, round, form, q, domain, model);
    }

    @PostMapping("/my/rounds/{roundId}/preferences")
    String change(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long roundId,
            @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("preferenceForm") PreferenceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Trainee trainee = access.trainee(user);
        Round round = access.roundOf(trainee, roundId);
        if (errors.hasErrors()) {
            return show(trainee, round, form, null, null, model);
        }
        List<Choice> wanted = form.apply(action);
        PreferenceLists.RankedList saved;
        try {
            saved = lists.save(trainee, round, wanted, form.getVersion());
        } catch (ListRefused refused) {
            int added = action.equals("add") ? wanted.size() - 1 : -1;
            messages.reject(
                    refused,
                    errors,
                    (index, field) -> index == added ? "add" + capitalised(field) : "choices[" + index + "]." + field);
            if (refused.conflict()) {
                // told that the list changed elsewhere: saving again replaces that version with what is shown
                form.setVersion(lists.listOf(trainee, round).version());
            }
            return show(trainee, round, form, null, null, model);
        }
        int moved = PreferenceForm.movedTo(action, saved.choices().size());
        if (moved >= 0) {
            TraineePreference line = saved.choices().get(moved);
            redirect.addFlashAttribute(
                    "saved",
                    messages.text("preferences.saved.at", line.getAssignment().getTitle(), line.getRank()));
            return "redirect:/my/rounds/" + roundId + "/preferences#choice-"
                    + line.getAssignment().getId();
        }
        redirect.addFlashAttribute("saved", messages.text("preferences.saved"));
        return "redirect:/my/rounds/" + roundId + "/preferences";
    }

    private String show(Trainee trainee, Round round, PreferenceForm form, String q, String domain, Model model) {
        PreferenceLists.RankedList list = lists.listOf(trainee, round);
        List<PreferenceLists.Option> options = lists.options(trainee, round);
        model.addAttribute("trainee", trainee);
        model.addAttribute("round", round);
        model.addAttribute("list", list);
        model.addAttribute(
                "optionById",
                options.stream().collect(Collectors.toMap(o -> o.assignment().getId(), Function.identity())));
        List<PreferenceLists.Option> shown = filtered(options, q, domain);
        model.addAttribute("options", shown);
        model.addAttribute(
                "addable",
                options.stream().filter(o -> !o.forbidden() && !o.chosen()).toList());
        model.addAttribute("domains", referenceData.domains());
        ProvinceMap map = new ProvinceMap(municipalities.findAllByOrderByName())
                .home(
                        trainee.getHome(),
                        trainee.getMaxTravelKm().orElse(null),
                        trainee.getHomeMunicipality().getName());
        shown.forEach(o -> map.mark(
                o.assignment().getLocation(),
                o.assignment().getTitle() + " – "
                        + o.assignment().getOrganisation().getName(),
                o.forbidden() ? "forbidden" : o.chosen() ? "chosen" : "open"));
        model.addAttribute("map", map);
        model.addAttribute("q", q);
        model.addAttribute("domain", domain);
        model.addAttribute("preferenceForm", form);
        return "preferences/list";
    }

    private static List<PreferenceLists.Option> filtered(
            List<PreferenceLists.Option> options, String q, String domain) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return options.stream()
                .filter(o -> domain == null
                        || domain.isBlank()
                        || o.assignment().getDomain().getCode().equals(domain))
                .filter(o -> text.isEmpty() || searchable(o).contains(text))
                .toList();
    }

    private static String searchable(PreferenceLists.Option o) {
        var a = o.assignment();
        return String.join(
                        " ",
                        a.getTitle(),
                        a.getOrganisation().getName(),
                        a.getMunicipality().getName(),
                        a.getDomain().getName(),
                        a.getThemes() == null ? "" : a.getThemes())
                .toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
