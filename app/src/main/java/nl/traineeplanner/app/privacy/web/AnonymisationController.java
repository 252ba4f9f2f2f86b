package nl.traineeplanner.app.privacy.web;

import nl.traineeplanner.app.privacy.Anonymisation;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator anonymises a former trainee from the trainee's page (role COORDINATOR, any trainee; security keeps
 * hosts and trainees out of {@code /trainees/**}). It cannot be undone, so the form asks to confirm it in so many
 * words; while a round of the trainee's cohort is not closed it is refused, and the page says why.
 */
@Controller
class AnonymisationController {

    private final TraineeRepository trainees;
    private final Anonymisation anonymisation;
    private final MessageSource messages;

    AnonymisationController(TraineeRepository trainees, Anonymisation anonymisation, MessageSource messages) {
        this.trainees = trainees;
        this.anonymisation = anonymisation;
        this.messages = messages;
    }

    @PostMapping("/trainees/{id}/anonymise")
    String anonymise(
            Authentication user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        Trainee trainee = trainees.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!confirm) {
            redirect.addFlashAttribute("anonymiseRefused", text("anonymise.refused.notConfirmed", trainee.getName()));
            return "redirect:/trainees/" + id + "#anonymise-heading";
        }
        try {
            Anonymisation.Anonymised done = anonymisation.anonymise(trainee, user.getName());
            redirect.addFlashAttribute("anonymised", text("anonymise.done", done.pseudonym()));
        } catch (Anonymisation.Refused refused) {
            redirect.addFlashAttribute("anonymiseRefused", text(refused.getMessage(), refused.arguments()));
            return "redirect:/trainees/" + id + "#anonymise-heading";
        }
        return "redirect:/trainees/" + id;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
