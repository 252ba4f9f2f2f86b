package nl.traineeplanner.app.account.web;

import java.util.Optional;
import nl.traineeplanner.app.account.AccountToken;
import nl.traineeplanner.app.account.Invitations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Setting a password through a link (anyone holding a working link; the link is the proof) and asking for such a
 * link after forgetting the password (anyone; the answer never says whether an account exists).
 */
@Controller
class PasswordController {

    private final Invitations invitations;

    PasswordController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/password/set")
    String form(@RequestParam(required = false) String token, Model model) {
        Optional<AccountToken> usable = invitations.usable(token);
        if (usable.isEmpty()) {
            return "accounts/password-link-dead";
        }
        model.addAttribute("token", token);
        model.addAttribute("username", usable.get().getAccount().getUsername());
        return "accounts/password-set";
    }

    @PostMapping("/password/set")
    String set(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeat,
            Model model) {
        Optional<AccountToken> usable = invitations.usable(token);
        if (usable.isEmpty()) {
            return "accounts/password-link-dead";
        }
        model.addAttribute("token", token);
        model.addAttribute("username", usable.get().getAccount().getUsername());
        if (password == null || !password.equals(repeat)) {
            model.addAttribute("problem", "password.mismatch");
            return "accounts/password-set";
        }
        try {
            invitations.setPassword(token, password, LocaleContextHolder.getLocale());
        } catch (Invitations.Refused refused) {
            model.addAttribute("problem", refused.weakness().code());
            model.addAttribute("problemNumber", refused.weakness().number());
            model.addAttribute("hint", refused.weakness().hint());
            return "accounts/password-set";
        }
        return "redirect:/login?passwordSet";
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "accounts/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam(required = false) String email, Model model) {
        invitations.forgotten(email);
        model.addAttribute("sent", true);
        return "accounts/password-forgot";
    }
}
