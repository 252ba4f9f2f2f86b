package nl.traineeplanner.app.trainee.web;

import jakarta.validation.Valid;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A trainee's own profile (role TRAINEE; only their own trainee record is reachable, there is no id in the path). */
@Controller
class ProfileController {

    private final TraineeRepository trainees;
    private final ProfileForms forms;
    private final MunicipalityRepository municipalities;
    private final ReferenceDataRepository referenceData;
    private final OrganisationRepository organisations;

    ProfileController(
            TraineeRepository trainees,
            ProfileForms forms,
            MunicipalityRepository municipalities,
            ReferenceDataRepository referenceData,
            OrganisationRepository organisations) {
        this.trainees = trainees;
        this.forms = forms;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.organisations = organisations;
    }

    @GetMapping("/my/profile")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        Trainee trainee = own(user);
        model.addAttribute("profileForm", ProfileForm.of(trainee));
        return show(trainee, model);
    }

    @PostMapping("/my/profile")
    @Transactional
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute ProfileForm profileForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Trainee trainee = own(user);
        if (!forms.apply(trainee, profileForm, errors)) {
            return show(trainee, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/my/profile";
    }

    private String show(Trainee trainee, Model model) {
        model.addAttribute("trainee", trainee);
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        model.addAttribute("domains", referenceData.domains());
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        return "trainees/my-profile";
    }

    private Trainee own(SignedInUser user) {
        if (user == null || user.traineeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return trainees.findById(user.traineeId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
