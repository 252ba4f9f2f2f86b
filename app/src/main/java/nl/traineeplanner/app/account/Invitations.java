package nl.traineeplanner.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links to set a password: an invitation to a new account, and a reset after "wachtwoord vergeten". Each link carries
 * a random secret of 256 bits, works once and expires ({@link TokenPurpose}); the e-mail goes out in the account's
 * language. When e-mail is off, or the mail server fails, the link is returned so the coordinator can hand it over.
 */
@Service
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource texts;
    private final Clock clock;
    private final AuditTrail audit;
    private final String from;
    private final String baseUrl;

    Invitations(
            AccountTokenRepository tokens,
            UserAccountRepository accounts,
            PasswordRules rules,
            PasswordEncoder encoder,
            ObjectProvider<JavaMailSender> senders,
            MessageSource texts,
            Clock clock,
            AuditTrail audit,
            @Value("${traineeplanner.mail.from}") String from,
            @Value("${traineeplanner.base-url}") String baseUrl) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.senders = senders;
        this.texts = texts;
        this.clock = clock;
        this.audit = audit;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A link that was made: where it goes, and whether its e-mail went out (if not, it is to be handed over). */
    public record Sent(String link, boolean mailed, Instant expiresAt) {}

    /** A password that was not set: a message key, the number and hint it names. */
    public static class Refused extends RuntimeException {

        private final transient PasswordRules.Weakness weakness;

        Refused(PasswordRules.Weakness weakness) {
            super(weakness.code());
            this.weakness = weakness;
        }

        public PasswordRules.Weakness weakness() {
            return weakness;
        }
    }

    /** Makes a link for the account and e-mails it to the account's address, if there is one and e-mail is on. */
    @Transactional
    public Sent send(UserAccount account, TokenPurpose purpose) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        AccountToken stored = tokens.save(new AccountToken(account, purpose, digest(token), clock.instant()));
        String link = baseUrl + "/password/set?token=" + token;
        return new Sent(link, mail(account, purpose, link, stored.getExpiresAt()), stored.getExpiresAt());
    }

    /**
     * "Wachtwoord vergeten": sends a reset link to the enabled account with this address. Says nothing about whether
     * there is one, so the page cannot be used to find out who has an account.
     */
    @Transactional
    public void forgotten(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        List<UserAccount> found = accounts.findByEmail(email.strip());
        found.stream().filter(UserAccount::isEnabled).forEach(a -> send(a, TokenPurpose.PASSWORD_RESET));
    }

    /** The account a link is for, while the link still works. */
    @Transactional(readOnly = true)
    public Optional<AccountToken> usable(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(digest(token)).filter(t -> t.usableAt(clock.instant()));
    }

    /** Sets the account's password through the link, once; a weak password is refused and the link stays usable. */
    @Transactional
    public UserAccount setPassword(String token, String password, Locale locale) {
        AccountToken found = usable(token).orElseThrow(() -> new IllegalStateException("link used or expired"));
        UserAccount account = found.getAccount();
        rules.weakness(password, personal(account), locale).ifPresent(w -> {
            throw new Refused(w);
        });
        account.changePassword(encoder.encode(password));
        found.use(clock.instant());
        audit.record(
                account.getUsername(),
                AuditAction.PASSWORD_SET,
                null,
                found.getPurpose().name(),
                null);
        return account;
    }

    /** Changes the password of a signed-in account that proves the current one. */
    @Transactional
    public void changePassword(UserAccount account, String current, String password, Locale locale) {
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw new Refused(new PasswordRules.Weakness("password.currentWrong", 0, ""));
        }
        rules.weakness(password, personal(account), locale).ifPresent(w -> {
            throw new Refused(w);
        });
        account.changePassword(encoder.encode(password));
        audit.record(account.getUsername(), AuditAction.PASSWORD_CHANGED, null, null, null);
    }

    /** Words a password must not lean on: the person's own names and address. */
    private static List<String> personal(UserAccount account) {
        return List.of(
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail().orElse(""),
                "traineeplanner",
                "groningen");
    }

    private boolean mail(UserAccount account, TokenPurpose purpose, String link, Instant expiresAt) {
        JavaMailSender sender = senders.getIfUnique();
        Optional<String> address = account.getEmail();
        if (sender == null || address.isEmpty()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .format(expiresAt);
        String key = "mail." + purpose.name();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(address.get());
        mail.setSubject(texts.getMessage(key + ".subject", null, locale));
        mail.setText(texts.getMessage(
                key + ".text", new Object[] {account.getDisplayName(), link, until, account.getUsername()}, locale));
        try {
            sender.send(mail);
            return true;
        } catch (MailException e) {
            log.warn("E-mail with a password link to account {} not sent: {}", account.getId(), e.getMessage());
            return false;
        }
    }

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
