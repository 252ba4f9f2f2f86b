package nl.traineeplanner.app.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.Invitations;
import nl.traineeplanner.app.account.SecondFactors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's accounts page (role COORDINATOR): every account with its state, trainees without one, new host
 * users and new fellow coordinators. An invitation whose e-mail did not go out (e-mail off, no address, server down)
 * shows its link once, to be handed over another way.
 */
@Controller
class AccountsController {

    private final UserAccountRepository accounts;
    private final Accounts management;
    private final TraineeRepository trainees;
    private final CohortRepository cohorts;
    private final OrganisationRepository organisations;
    private final SecondFactors secondFactors;

    AccountsController(
            UserAccountRepository accounts,
            Accounts management,
            TraineeRepository trainees,
            CohortRepository cohorts,
            OrganisationRepository organisations,
            SecondFactors secondFactors) {
        this.accounts = accounts;
        this.management = management;
        this.trainees = trainees;
        this.cohorts = cohorts;
        this.organisations = organisations;
        this.secondFactors = secondFactors;
    }

    /** One invitation to show after it was made: to whom, and the link if it was not e-mailed. */
    record Shown(String name, String username, boolean mailed, String link) {

        static Shown of(Accounts.Invited invited) {
            return of(invited.account(), invited.invitation());
        }

        static Shown of(UserAccount account, Invitations.Sent sent) {
            return new Shown(
                    account.getDisplayName(), account.getUsername(), sent.mailed(), sent.mailed() ? null : sent.link());
        }
    }

    /** The form that invites a programme coordinator: a name and an e-mail address, no longer than an account keeps. */
    record CoordinatorForm(
            @Size(max = UserAccount.DISPLAY_NAME_MAX) String name,
            @Size(max = UserAccount.USERNAME_MAX) String email) {}

    @GetMapping("/accounts")
    String page(Model model, Principal me) {
        List<UserAccount> all = accounts.findAllByOrderByRoleAscDisplayNameAsc();
        model.addAttribute("accounts", all);
        model.addAttribute("me", me.getName());
        List<Long> withAccount = all.stream()
                .filter(a -> a.getTrainee() != null)
                .map(a -> a.getTrainee().getId())
                .toList();
        model.addAttribute(
                "traineesWithoutAccount",
                trainees.findAllByOrderByName().stream()
                        .filter(t -> !t.isAnonymised() && !withAccount.contains(t.getId()))
                        .toList());
        model.addAttribute("cohorts", cohorts.findAll());
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        return "accounts/list";
    }

    @PostMapping("/accounts/trainees/{traineeId}")
    String inviteTrainee(
            @PathVariable long traineeId, @RequestParam(required = false) String email, RedirectAttributes redirect) {
        Trainee trainee =
                trainees.findById(traineeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            redirect.addFlashAttribute("invited", List.of(Shown.of(management.inviteTrainee(trainee, email))));
        } catch (Accounts.Refused refused) {
            refuse(refused, null, redirect);
            redirect.addFlashAttribute("typedEmail", email);
            redirect.addFlashAttribute("typedFor", traineeId);
        }
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/cohorts/{cohortId}")
    String inviteCohort(@PathVariable long cohortId, RedirectAttributes redirect) {
        cohorts.findById(cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Accounts.CohortInvited done = management.inviteCohort(cohortId);
        redirect.addFlashAttribute(
                "invited", done.invited().stream().map(Shown::of).toList());
        redirect.addFlashAttribute(
                "withoutAddress",
                done.withoutAddress().stream().map(Trainee::getName).toList());
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/hosts")
    String inviteHost(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) Long organisation,
            RedirectAttributes redirect) {
        var host = organisation == null
                ? null
                : organisations.findById(organisation).orElse(null);
        if (host == null) {
            redirect.addFlashAttribute("refusal", "accounts.refused.organisation");
            redirect.addFlashAttribute("refusalAt", "host-organisation");
            keepHostForm(name, email, organisation, redirect);
            return "redirect:/accounts";
        }
        try {
            redirect.addFlashAttribute("invited", List.of(Shown.of(management.inviteHost(name, email, host))));
        } catch (Accounts.Refused refused) {
            refuse(refused, "host", redirect);
            keepHostForm(name, email, organisation, redirect);
        }
        return "redirect:/accounts";
    }

    /** A fellow programme coordinator, who manages the planner as fully as the one who invites them. */
    @PostMapping("/accounts/coordinators")
    String inviteCoordinator(@Valid CoordinatorForm form, BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasFieldErrors()) {
            FieldError tooLong = binding.getFieldErrors().get(0);
            redirect.addFlashAttribute("refusal", "accounts.refused.tooLong");
            redirect.addFlashAttribute(
                    "refusalArgument",
                    tooLong.getField().equals("name") ? UserAccount.DISPLAY_NAME_MAX : UserAccount.USERNAME_MAX);
            redirect.addFlashAttribute("refusalAt", "coordinator-" + tooLong.getField());
            keepCoordinatorForm(form, redirect);
            return "redirect:/accounts";
        }
        try {
            redirect.addFlashAttribute(
                    "invited", List.of(Shown.of(management.inviteCoordinator(form.name(), form.email()))));
        } catch (Accounts.Refused refused) {
            refuse(refused, "coordinator", redirect);
            keepCoordinatorForm(form, redirect);
        }
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/invite")
    String inviteAgain(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = find(id);
        redirect.addFlashAttribute("invited", List.of(Shown.of(account, management.inviteAgain(account))));
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = find(id);
        try {
            management.disable(account);
        } catch (Accounts.Refused refused) {
            refuse(refused, null, redirect);
            return "redirect:/accounts";
        }
        redirect.addFlashAttribute("switched", "accounts.disabled");
        redirect.addFlashAttribute("switchedName", account.getDisplayName());
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = find(id);
        management.enable(account);
        redirect.addFlashAttribute("switched", "accounts.enabled");
        redirect.addFlashAttribute("switchedName", account.getDisplayName());
        return "redirect:/accounts";
    }

    /** A lost phone: the account's authenticator app is forgotten, and set up anew at its next sign-in. */
    @PostMapping("/accounts/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = find(id);
        secondFactors.resetFor(account);
        redirect.addFlashAttribute("switched", "accounts.secondFactor.wasReset");
        redirect.addFlashAttribute("switchedName", account.getDisplayName());
        return "redirect:/accounts";
    }

    /**
     * Shows why something was refused; for a field of the host or coordinator form (its prefix), also at that field:
     * refusalAt is the id of the field, as "coordinator-email".
     */
    private static void refuse(Accounts.Refused refused, String form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", refused.getMessage());
        redirect.addFlashAttribute("refusalArgument", refused.argument());
        if (form != null && refused.field() != null) {
            redirect.addFlashAttribute("refusalAt", form + "-" + refused.field());
        }
    }

    private static void keepHostForm(String name, String email, Long organisation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("hostName", name);
        redirect.addFlashAttribute("hostEmail", email);
        redirect.addFlashAttribute("hostOrganisation", organisation);
    }

    private static void keepCoordinatorForm(CoordinatorForm form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("coordinatorName", form.name());
        redirect.addFlashAttribute("coordinatorEmail", form.email());
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
