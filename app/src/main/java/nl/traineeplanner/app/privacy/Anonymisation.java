package nl.traineeplanner.app.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.evaluation.EvaluationFormRepository;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.placement.HumanReviewRequest;
import nl.traineeplanner.app.placement.HumanReviewRequestRepository;
import nl.traineeplanner.app.planning.StoredRuns;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator anonymises a former trainee after the traineeship (AVG article 17), once every round of their cohort
 * is closed. In one transaction: the name becomes a random pseudonym ("Oud-trainee 7F3A"), kept from then on; the
 * e-mail address one that can never receive mail; phone, education, interests, home, travel limit and exclusions are
 * removed; so are the motivations of their choices, the free texts of their evaluations (theirs and the host's about
 * them), the reasons of their requests for a human review and the messages to them; their account is deleted. Their
 * placements, choices and scores stay as anonymous history. Copies elsewhere get the pseudonym: the runs kept as
 * scenarios, the messages to hosts and coordinators that name them, and the audit trail, where their user name is
 * replaced too. The anonymisation itself is written to the audit trail, naming the trainee by id only.
 */
@Service
public class Anonymisation {

    /** The pseudonym is this, followed by four random hexadecimal digits. */
    public static final String PSEUDONYM_PREFIX = "Oud-trainee ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TraineeRepository trainees;
    private final RoundRepository rounds;
    private final TraineePreferenceRepository preferences;
    private final EvaluationFormRepository forms;
    private final HumanReviewRequestRepository reviewRequests;
    private final MessageRepository messages;
    private final UserAccountRepository accountRepository;
    private final Accounts accounts;
    private final StoredRuns runs;
    private final AuditTrail audit;
    private final Clock clock;

    Anonymisation(
            TraineeRepository trainees,
            RoundRepository rounds,
            TraineePreferenceRepository preferences,
            EvaluationFormRepository forms,
            HumanReviewRequestRepository reviewRequests,
            MessageRepository messages,
            UserAccountRepository accountRepository,
            Accounts accounts,
            StoredRuns runs,
            AuditTrail audit,
            Clock clock) {
        this.trainees = trainees;
        this.rounds = rounds;
        this.preferences = preferences;
        this.forms = forms;
        this.reviewRequests = reviewRequests;
        this.messages = messages;
        this.accountRepository = accountRepository;
        this.accounts = accounts;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why a trainee cannot be anonymised now: a message key and its arguments. */
    public static class Refused extends RuntimeException {

        private final transient Object[] arguments;

        Refused(String code, Object... arguments) {
            super(code);
            this.arguments = arguments;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** What anonymising did: the pseudonym, and how many runs and messages named the trainee. */
    public record Anonymised(String pseudonym, int runs, int messagesChanged, int messagesRemoved, boolean account) {}

    /** The rounds of the trainee's cohort that are not closed: while there is one, the trainee cannot be anonymised. */
    @Transactional(readOnly = true)
    public List<Round> openRounds(Trainee trainee) {
        return rounds.findByCohortIdOrderBySequenceNumber(trainee.getCohort().getId()).stream()
                .filter(r -> r.getStatus() != RoundStatus.CLOSED)
                .toList();
    }

    /**
     * Anonymises the former trainee, as the class says.
     *
     * @throws Refused when the trainee is anonymous already, or a round of their cohort is not closed; then nothing is
     *     changed
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public Anonymised anonymise(Trainee trainee, String username) {
        if (trainee.isAnonymised()) {
            throw new Refused("anonymise.refused.already", trainee.getName());
        }
        List<Round> open = openRounds(trainee);
        if (!open.isEmpty()) {
            throw new Refused(
                    "anonymise.refused.openRounds",
                    trainee.getCohort().getName(),
                    String.join(", ", open.stream().map(Round::getName).toList()));
        }
        long id = trainee.getId();
        String formerName = trainee.getName();
        String formerEmail = trainee.getEmail();
        String code = freeCode();
        String pseudonym = PSEUDONYM_PREFIX + code;
        String pseudonymUser = "oud-trainee-" + code.toLowerCase(Locale.ROOT);
        String placeholderEmail = pseudonymUser + "@geanonimiseerd.invalid";

        int removed = 0;
        Optional<Long> accountId = accountRepository.findByTraineeId(id).map(a -> a.getId());
        if (accountId.isPresent()) {
            List<Message> toAccount = messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(accountId.get());
            messages.deleteAll(toAccount);
            removed += toAccount.size();
        }
        List<Message> toTrainee = messages.findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(id);
        messages.deleteAll(toTrainee);
        removed += toTrainee.size();
        messages.flush();
        Optional<String> formerUsername = accounts.deleteTraineeAccount(trainee);

        int changed = 0;
        for (Message message :
                messages.findNamingTrainee(formerName, trainee.getCohort().getId())) {
            if (message.anonymiseTrainee(formerName, pseudonym)) {
                changed++;
            }
        }
        preferences.findByTraineeOrderByRoundStartDateAscRankAsc(trainee).forEach(TraineePreference::forgetMotivation);
        forms.findByPlacementTraineeId(id).forEach(f -> f.anonymise(formerUsername.orElse(null), pseudonymUser));
        reviewRequests.findByPlacementTraineeIdOrderByRequestedAt(id).forEach(HumanReviewRequest::forgetReason);

        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put(formerName, pseudonym);
        replacements.put(formerEmail, placeholderEmail);
        int namedInRuns = runs.anonymise(trainee.getCohort().getId(), id, pseudonym, replacements);

        trainee.anonymise(pseudonym, placeholderEmail, LocalDateTime.now(clock));
        trainees.flush();

        audit.allowRewrite();
        audit.removeReasons(AuditAction.HUMAN_REVIEW_REQUESTED, id, formerUsername.orElse(null));
        replacements.forEach(audit::replaceText);
        formerUsername.ifPresent(former -> audit.replaceUsername(former, pseudonymUser));
        audit.replaceUsername(formerEmail, pseudonymUser);
        audit.resealAll();
        audit.recordAboutTrainee(
                username,
                AuditAction.TRAINEE_ANONYMISED,
                null,
                id,
                AuditText.of("audit.detail.anonymised", id, pseudonym),
                null);
        return new Anonymised(pseudonym, namedInRuns, changed, removed, formerUsername.isPresent());
    }

    /** Four random hexadecimal digits that no trainee's pseudonym has yet: nothing of the name is in them. */
    private String freeCode() {
        while (true) {
            byte[] bytes = new byte[2];
            RANDOM.nextBytes(bytes);
            String code = HexFormat.of().withUpperCase().formatHex(bytes);
            if (!trainees.existsByName(PSEUDONYM_PREFIX + code)) {
                return code;
            }
        }
    }
}
