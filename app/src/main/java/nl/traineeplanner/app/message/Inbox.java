package nl.traineeplanner.app.message;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of whoever is signed in: those addressed to the account, and for a trainee account also those
 * addressed to its trainee. Nobody reaches another person's message through here. Named {@code inbox} so the page
 * layout can show the unread count.
 */
@Component("inbox")
public class Inbox {

    private static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::getCreatedAt)
            .thenComparing(Message::getId)
            .reversed();

    private final MessageRepository messages;
    private final UserAccountRepository accounts;

    Inbox(MessageRepository messages, UserAccountRepository accounts) {
        this.messages = messages;
        this.accounts = accounts;
    }

    /** Every message of the user, newest first. */
    @Transactional(readOnly = true)
    public List<Message> of(String username) {
        return accounts.findByUsername(username).map(this::of).orElse(List.of());
    }

    private List<Message> of(UserAccount account) {
        List<Message> all =
                new ArrayList<>(messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(account.getId()));
        if (account.getTrainee() != null) {
            all.addAll(messages.findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(
                    account.getTrainee().getId()));
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    @Transactional(readOnly = true)
    public long unreadFor(String username) {
        return accounts.findByUsername(username)
                .map(account -> messages.countByRecipientAccountIdAndReadAtIsNull(account.getId())
                        + (account.getTrainee() == null
                                ? 0
                                : messages.countByRecipientTraineeIdAndReadAtIsNull(
                                        account.getTrainee().getId())))
                .orElse(0L);
    }

    /** The message, only if it is for this user. */
    @Transactional(readOnly = true)
    public Optional<Message> find(long id, String username) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        return account.flatMap(a -> messages.findById(id).filter(m -> m.isFor(a)));
    }

    /** Marks the user's message as read; false when there is no such message for this user. */
    @Transactional
    public boolean markRead(long id, String username) {
        Optional<Message> message = find(id, username);
        message.ifPresent(m -> m.markRead(LocalDateTime.now()));
        return message.isPresent();
    }

    /** Marks every message of the user as read, and says how many were unread. */
    @Transactional
    public int markAllRead(String username) {
        LocalDateTime now = LocalDateTime.now();
        List<Message> unread = of(username).stream().filter(m -> !m.isRead()).toList();
        unread.forEach(m -> m.markRead(now));
        return unread.size();
    }
}
