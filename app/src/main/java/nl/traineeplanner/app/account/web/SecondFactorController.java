package nl.traineeplanner.app.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import nl.traineeplanner.app.account.SecondFactors;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.system.LoginLocked;
import nl.traineeplanner.app.system.LoginThrottle;
import nl.traineeplanner.app.system.SecondFactor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authenticator app as second factor: the second step of signing in ("Code uit je authenticator-app"), and
 * setting the app up or resetting it on the account page. A coordinator who must have one and has none sets it up
 * right after the password, before any other page. These pages are open to a sign-in that has only given its
 * password (the security rules let them through), so each checks for itself who is asking.
 */
@Controller
class SecondFactorController {

    /** The secret handed out for setting up, kept in the session until a first code confirms it. */
    static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

    private final UserAccountRepository accounts;
    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    SecondFactorController(
            UserAccountRepository accounts,
            SecondFactors secondFactors,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.events = events;
    }

    /** The second step of signing in: the code (the form posts to the sign-in filter, not here). */
    @GetMapping("/login/totp")
    String codePage(
            Authentication user,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            Model model) {
        UserAccount account = own(user);
        if (account == null) {
            return "redirect:/login";
        }
        if (!SecondFactor.pending(user)) {
            return "redirect:/";
        }
        if (!account.hasSecondFactor()) {
            return "redirect:/account/second-factor";
        }
        model.addAttribute(
                "problem", locked != null ? "login.locked" : error != null ? "secondFactor.wrongCode" : null);
        return "accounts/second-factor-code";
    }

    @GetMapping("/account/second-factor")
    String page(Authentication user, HttpSession session, Model model) {
        UserAccount account = own(user);
        if (account == null) {
            return "redirect:/login";
        }
        if (account.hasSecondFactor() && SecondFactor.pending(user)) {
            return "redirect:/login/totp";
        }
        return show(user, account, session, model);
    }

    /**
     * The QR code of the secret being set up, as an image of the planner's own (the page's Content-Security-Policy
     * takes images from the planner only); never cached.
     */
    @GetMapping(value = "/account/second-factor/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(Authentication user, HttpSession session) {
        UserAccount account = own(user);
        if (account == null) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create("/login"))
                    .build();
        }
        if (account.hasSecondFactor()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(pendingSetup(account, session).qrCode());
    }

    /** Confirms the app with its first code; during sign-in, that code is also the second factor of this sign-in. */
    @PostMapping("/account/second-factor")
    String confirm(
            Authentication user,
            @RequestParam(required = false) String code,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = own(user);
        if (account == null) {
            return "redirect:/login";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (account.hasSecondFactor() || secret == null) {
            return "redirect:/account/second-factor";
        }
        if (!secondFactors.confirm(account, secret, code)) {
            model.addAttribute("problem", "secondFactor.wrongCode");
            return show(user, account, session, model);
        }
        session.removeAttribute(PENDING_SECRET);
        redirect.addFlashAttribute("saved", "secondFactor.setUp");
        if (SecondFactor.pending(user)) {
            grantTheFactor(user, request, response);
            SavedRequest asked = savedRequests.getRequest(request, response);
            savedRequests.removeRequest(request, response);
            return "redirect:" + (asked == null ? "/" : asked.getRedirectUrl());
        }
        return "redirect:/account/second-factor";
    }

    /** The person resets their own app, proving they still have it with a current code. */
    @PostMapping("/account/second-factor/reset")
    String reset(
            Authentication user,
            @RequestParam(required = false) String code,
            HttpSession session,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = own(user);
        if (account == null) {
            return "redirect:/login";
        }
        if (SecondFactor.pending(user)) {
            return "redirect:/login/totp";
        }
        String address = request.getRemoteAddr();
        if (throttle.locked(account.getUsername(), address)) {
            model.addAttribute("problem", "login.locked");
            return show(user, account, session, model);
        }
        if (!secondFactors.resetOwn(account, code)) {
            if (throttle.failed(account.getUsername(), address)) {
                events.publishEvent(new LoginLocked(account.getUsername(), address));
            }
            model.addAttribute("problem", "secondFactor.wrongCode");
            return show(user, account, session, model);
        }
        redirect.addFlashAttribute("saved", "secondFactor.reset");
        return "redirect:/account/second-factor";
    }

    private String show(Authentication user, UserAccount account, HttpSession session, Model model) {
        UserAccount current = accounts.findById(account.getId()).orElseThrow();
        model.addAttribute("account", current);
        model.addAttribute("inSignIn", SecondFactor.pending(user));
        model.addAttribute("required", secondFactors.required(current));
        if (!current.hasSecondFactor()) {
            model.addAttribute("setup", pendingSetup(current, session));
        }
        return "accounts/second-factor";
    }

    /** The secret being set up in this session, or a new one. */
    private SecondFactors.Setup pendingSetup(UserAccount account, HttpSession session) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        SecondFactors.Setup setup =
                secret == null ? secondFactors.newSetup(account) : secondFactors.setup(account, secret);
        session.setAttribute(PENDING_SECRET, setup.secret());
        return setup;
    }

    /** Adds the factor to this sign-in, as the sign-in filter does after a code, under a new session id. */
    private void grantTheFactor(Authentication user, HttpServletRequest request, HttpServletResponse response) {
        Authentication complete = user.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.TOTP)))
                .build();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(complete);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
    }

    /** The account of whoever signed in with a password (or more); null for anyone else. */
    private UserAccount own(Authentication user) {
        if (!SecondFactor.signedIn(user)) {
            return null;
        }
        return accounts.findByUsername(user.getName()).orElse(null);
    }
}
