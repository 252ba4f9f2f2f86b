package nl.traineeplanner.app.message.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.message.Inbox;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageTexts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Berichten": the signed-in user's messages in the user's language, and marking them as read. A message of someone
 * else is answered as not found, so its existence is not given away.
 */
@Controller
class MessageController {

    private final Inbox inbox;
    private final MessageTexts texts;
    private final MessageSource bundle;

    MessageController(Inbox inbox, MessageTexts texts, MessageSource bundle) {
        this.inbox = inbox;
        this.texts = texts;
        this.bundle = bundle;
    }

    /** One message as the page shows it. */
    record Entry(long id, MessageTexts.Wording wording, LocalDateTime createdAt, boolean read) {}

    @GetMapping("/messages")
    String list(Authentication user, Locale locale, Model model) {
        List<Entry> entries =
                inbox.of(user.getName()).stream().map(m -> entry(m, locale)).toList();
        model.addAttribute("entries", entries);
        model.addAttribute("unread", entries.stream().filter(e -> !e.read()).count());
        return "messages/inbox";
    }

    @GetMapping("/messages/{id}")
    String show(@PathVariable long id, Authentication user, Locale locale, Model model) {
        Message message = inbox.find(id, user.getName()).orElseThrow(MessageController::notFound);
        model.addAttribute("entry", entry(message, locale));
        return "messages/message";
    }

    @PostMapping("/messages/{id}/read")
    String markRead(@PathVariable long id, Authentication user, Locale locale, RedirectAttributes redirect) {
        if (!inbox.markRead(id, user.getName())) {
            throw notFound();
        }
        redirect.addFlashAttribute("done", bundle.getMessage("messages.markedRead", null, locale));
        return "redirect:/messages";
    }

    @PostMapping("/messages/read")
    String markAllRead(Authentication user, Locale locale, RedirectAttributes redirect) {
        int marked = inbox.markAllRead(user.getName());
        redirect.addFlashAttribute("done", bundle.getMessage("messages.markedAllRead", new Object[] {marked}, locale));
        return "redirect:/messages";
    }

    private Entry entry(Message message, Locale locale) {
        return new Entry(message.getId(), texts.of(message, locale), message.getCreatedAt(), message.isRead());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
