package nl.traineeplanner.app.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.account.ApiTokens;
import nl.traineeplanner.app.account.Invitations;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone signed in keeps their own account: a new password (proving the current one), their language, and personal
 * API tokens for API clients (each shown once, when it is made).
 */
@Controller
class MyAccountController {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final UserAccountRepository accounts;
    private final Invitations invitations;
    private final ApiTokens apiTokens;
    private final Clock clock;

    MyAccountController(UserAccountRepository accounts, Invitations invitations, ApiTokens apiTokens, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.apiTokens = apiTokens;
        this.clock = clock;
    }

    @GetMapping("/account")
    String page(Authentication user, Model model) {
        return mine(own(user), model);
    }

    /** A new API token for an API client: a name to know it by, and for how many days it works. */
    record NewApiToken(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Min(1) @Max(ApiTokens.MAX_DAYS) Integer days) {}

    /** One of the account's API tokens as the page lists it, in Dutch time. */
    record ApiTokenRow(
            Long id,
            String name,
            LocalDateTime createdAt,
            LocalDateTime expiresAt,
            LocalDateTime lastUsedAt,
            String state) {}

    /** Makes a token and shows it on this answer only: it is not kept, not even in the session. */
    @PostMapping("/account/api-tokens")
    String createApiToken(Authentication user, @Valid @ModelAttribute NewApiToken form, Model model) {
        UserAccount account = own(user);
        ApiTokens.Issued issued = apiTokens.create(account, form.name(), form.days());
        model.addAttribute("newApiToken", issued.secret());
        model.addAttribute("newApiTokenName", issued.token().getName());
        return mine(account, model);
    }

    /** Revokes one of one's own tokens; another account's token is not found. */
    @PostMapping("/account/api-tokens/{id}/revoke")
    String revokeApiToken(Authentication user, @PathVariable long id, RedirectAttributes redirect) {
        if (!apiTokens.revoke(own(user), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "account.apiTokens.revoked");
        return "redirect:/account";
    }

    private String mine(UserAccount account, Model model) {
        model.addAttribute("account", account);
        Instant now = clock.instant();
        List<ApiTokenRow> rows = apiTokens.of(account).stream()
                .map(t -> new ApiTokenRow(
                        t.getId(),
                        t.getName(),
                        local(t.getCreatedAt()),
                        local(t.getExpiresAt()),
                        local(t.getLastUsedAt()),
                        t.isRevoked() ? "revoked" : t.usableAt(now) ? "active" : "expired"))
                .toList();
        model.addAttribute("apiTokens", rows);
        return "accounts/mine";
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, NETHERLANDS);
    }

    @PostMapping("/account/password")
    String password(
            Authentication user,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeat,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = own(user);
        if (password == null || !password.equals(repeat)) {
            model.addAttribute("problem", "password.mismatch");
            return mine(account, model);
        }
        try {
            invitations.changePassword(account, current, password, LocaleContextHolder.getLocale());
        } catch (Invitations.Refused refused) {
            model.addAttribute("problem", refused.weakness().code());
            model.addAttribute("problemNumber", refused.weakness().number());
            model.addAttribute("hint", refused.weakness().hint());
            return mine(account, model);
        }
        redirect.addFlashAttribute("saved", "account.password.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/language")
    @Transactional
    String language(
            Authentication user,
            @RequestParam(required = false) String language,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        UserAccount account = own(user);
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        account.chooseLanguage(language);
        request.getSession()
                .setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag(language));
        redirect.addFlashAttribute("saved", "account.language.saved");
        return "redirect:/account";
    }

    private UserAccount own(Authentication user) {
        return accounts.findByUsername(user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
