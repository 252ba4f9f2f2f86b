package nl.traineeplanner.app.system;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The address of the application leads everyone signed in to the start page of their role. */
@Controller
class StartPageController {

    @GetMapping("/")
    String start(Authentication authentication) {
        return "redirect:" + StartPageAfterLogin.startPage(authentication);
    }
}
