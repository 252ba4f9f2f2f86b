package nl.traineeplanner.app.account.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's accounts page (role COORDINATOR): every account with its state, trainees without one, and new
 * host users. An invitation whose e-mail did not go out (e-mail off, no address, server down) shows its link once,
 * to be handed over another way.
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

    @GetMapping("/accounts")
    String page(Model model) {
        List<UserAccount> all = accounts.findAllByOrderByRoleAscDisplayNameAsc();
        model.addAttribute("accounts", all);
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
            refuse(refused, redirect);
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
            keepHostForm(name, email, organisation, redirect);
            return "redirect:/accounts";
        }
        try {
            redirect.addFlashAttribute("invited", List.of(Shown.of(management.inviteHost(name, email, host))));
        } catch (Accounts.Refused refused) {
            refuse(refused, redirect);
            keepHostForm(name, email, organisation, redirect);
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
        management.disable(account);
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

    private static void refuse(Accounts.Refused refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", refused.getMessage());
        redirect.addFlashAttribute("refusalArgument", refused.argument());
    }

    private static void keepHostForm(String name, String email, Long organisation, RedirectAttributes redirect) {
        redirect.addFlashAttribute("hostName", name);
        redirect.addFlashAttribute("hostEmail", email);
        redirect.addFlashAttribute("hostOrganisation", organisation);
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
