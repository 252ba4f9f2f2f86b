package nl.traineeplanner.app.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone signed in keeps their own account: a new password (proving the current one) and their language. */
@Controller
class MyAccountController {

    private final UserAccountRepository accounts;
    private final Invitations invitations;

    MyAccountController(UserAccountRepository accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping("/account")
    String page(Authentication user, Model model) {
        model.addAttribute("account", own(user));
        return "accounts/mine";
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
        model.addAttribute("account", account);
        if (password == null || !password.equals(repeat)) {
            model.addAttribute("problem", "password.mismatch");
            return "accounts/mine";
        }
        try {
            invitations.changePassword(account, current, password, LocaleContextHolder.getLocale());
        } catch (Invitations.Refused refused) {
            model.addAttribute("problem", refused.weakness().code());
            model.addAttribute("problemNumber", refused.weakness().number());
            model.addAttribute("hint", refused.weakness().hint());
            return "accounts/mine";
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
