package nl.traineeplanner.app.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.Invitations;
import nl.traineeplanner.app.account.SecondFactors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coordinator's accounts over JSON (role COORDINATOR). An invitation whose e-mail did not go out answers with
 * its link, to be handed over another way; one that was e-mailed does not.
 */
@RestController
@JsonApi
@Tag(name = "Accounts", description = "Accounts for trainees, hosts and coordinators, invitations (coordinator only)")
class AccountsApiController {

    private final UserAccountRepository accounts;
    private final Accounts management;
    private final TraineeRepository trainees;
    private final OrganisationRepository organisations;
    private final MessageSource messages;
    private final SecondFactors secondFactors;

    AccountsApiController(
            UserAccountRepository accounts,
            Accounts management,
            TraineeRepository trainees,
            OrganisationRepository organisations,
            MessageSource messages,
            SecondFactors secondFactors) {
        this.accounts = accounts;
        this.management = management;
        this.trainees = trainees;
        this.organisations = organisations;
        this.messages = messages;
        this.secondFactors = secondFactors;
    }

    record AccountJson(
            long id,
            String username,
            String name,
            String role,
            Long organisation,
            Long trainee,
            boolean enabled,
            boolean secondFactor) {

        static AccountJson of(UserAccount a) {
            return new AccountJson(
                    a.getId(),
                    a.getUsername(),
                    a.getDisplayName(),
                    a.getRole().name(),
                    a.getOrganisation() == null ? null : a.getOrganisation().getId(),
                    a.getTrainee() == null ? null : a.getTrainee().getId(),
                    a.isEnabled(),
                    a.hasSecondFactor());
        }
    }

    /** An invitation: the account, whether it was e-mailed, and the link only when it was not. */
    record InvitedJson(AccountJson account, boolean mailed, String link) {

        static InvitedJson of(UserAccount account, Invitations.Sent sent) {
            return new InvitedJson(AccountJson.of(account), sent.mailed(), sent.mailed() ? null : sent.link());
        }
    }

    record TraineeInvitation(
            @Size(max = 254, message = "{bounds.text}") String email) {}

    record HostInvitation(
            @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{bounds.text}")
            String name,

            @Size(max = UserAccount.USERNAME_MAX, message = "{bounds.text}")
            String email,

            @Positive(message = "{bounds.reference}") Long organisation) {}

    record CoordinatorInvitation(
            @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{bounds.text}")
            String name,

            @Size(max = UserAccount.USERNAME_MAX, message = "{bounds.text}")
            String email) {}

    @GetMapping("/api/accounts")
    @Operation(summary = "Every account, coordinators first")
    @Transactional(readOnly = true)
    List<AccountJson> all() {
        return accounts.findAllByOrderByRoleAscDisplayNameAsc().stream()
                .map(AccountJson::of)
                .toList();
    }

    @PostMapping("/api/accounts/trainees/{traineeId}")
    @Operation(summary = "An account for a trainee, who signs in with this e-mail address, and its invitation")
    ResponseEntity<InvitedJson> inviteTrainee(
            @PathVariable long traineeId, @Valid @RequestBody TraineeInvitation body) {
        var trainee = trainees.findById(traineeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Accounts.Invited invited = management.inviteTrainee(trainee, body.email());
        return ResponseEntity.status(HttpStatus.CREATED).body(InvitedJson.of(invited.account(), invited.invitation()));
    }

    @PostMapping("/api/accounts/hosts")
    @Operation(summary = "An account for a person at a host organisation, and its invitation")
    ResponseEntity<InvitedJson> inviteHost(@Valid @RequestBody HostInvitation body) {
        var organisation = body.organisation() == null
                ? null
                : organisations.findById(body.organisation()).orElse(null);
        if (organisation == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "organisation");
        }
        Accounts.Invited invited = management.inviteHost(body.name(), body.email(), organisation);
        return ResponseEntity.status(HttpStatus.CREATED).body(InvitedJson.of(invited.account(), invited.invitation()));
    }

    @PostMapping("/api/accounts/coordinators")
    @Operation(summary = "An account for a fellow programme coordinator, and its invitation")
    ResponseEntity<InvitedJson> inviteCoordinator(@Valid @RequestBody CoordinatorInvitation body) {
        Accounts.Invited invited = management.inviteCoordinator(body.name(), body.email());
        return ResponseEntity.status(HttpStatus.CREATED).body(InvitedJson.of(invited.account(), invited.invitation()));
    }

    @PostMapping("/api/accounts/{id}/invite")
    @Operation(summary = "A new invitation for an account")
    InvitedJson inviteAgain(@PathVariable long id) {
        UserAccount account = find(id);
        return InvitedJson.of(account, management.inviteAgain(account));
    }

    @PostMapping("/api/accounts/{id}/disable")
    @Operation(
            summary = "Switch an account off: it can no longer sign in",
            description = "Refused (400) for one's own account and for the last coordinator account that is on")
    AccountJson disable(@PathVariable long id) {
        UserAccount account = find(id);
        management.disable(account);
        return AccountJson.of(account);
    }

    @PostMapping("/api/accounts/{id}/second-factor/reset")
    @Operation(summary = "Forget the account's authenticator app (a lost phone); it sets up a new one when it must")
    AccountJson resetSecondFactor(@PathVariable long id) {
        UserAccount account = find(id);
        secondFactors.resetFor(account);
        return AccountJson.of(accounts.findById(id).orElseThrow());
    }

    @PostMapping("/api/accounts/{id}/enable")
    @Operation(summary = "Switch an account on again")
    AccountJson enable(@PathVariable long id) {
        UserAccount account = find(id);
        management.enable(account);
        return AccountJson.of(account);
    }

    @ExceptionHandler(Accounts.Refused.class)
    ResponseEntity<ProblemDetail> refused(Accounts.Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        refused.getMessage(),
                        new Object[] {refused.argument() == null ? "" : refused.argument()},
                        LocaleContextHolder.getLocale()));
        problem.setProperty("code", refused.getMessage());
        problem.setProperty("field", refused.field());
        return ResponseEntity.badRequest().body(problem);
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
