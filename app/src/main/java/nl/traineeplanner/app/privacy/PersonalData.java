package nl.traineeplanner.app.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.traineeplanner.app.account.Accounts;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.evaluation.Evaluation;
import nl.traineeplanner.app.evaluation.EvaluationAuthor;
import nl.traineeplanner.app.evaluation.EvaluationForm;
import nl.traineeplanner.app.evaluation.EvaluationQuestion;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.MessageRepository;
import nl.traineeplanner.app.message.MessageTexts;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.placement.HumanReviewRequestRepository;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything the planner keeps about one trainee (AVG article 15) for the trainee themself: the page "Mijn
 * gegevens" and its JSON download show the same. Evaluations are shown as the trainee may see them on their own pages:
 * their own form, and the host's once both are submitted.
 */
@Service
public class PersonalData {

    private final TraineePreferenceRepository preferences;
    private final UserAccountRepository accounts;
    private final Accounts accountLinks;
    private final PlacementRepository placements;
    private final Evaluations evaluations;
    private final MessageRepository messages;
    private final MessageTexts messageTexts;
    private final HumanReviewRequestRepository reviewRequests;
    private final AuditTrail audit;
    private final RoundRepository rounds;
    private final MessageSource bundle;
    private final nl.traineeplanner.app.audit.AuditReader auditReader;
    private final Clock clock;

    PersonalData(
            TraineePreferenceRepository preferences,
            UserAccountRepository accounts,
            Accounts accountLinks,
            PlacementRepository placements,
            Evaluations evaluations,
            MessageRepository messages,
            MessageTexts messageTexts,
            HumanReviewRequestRepository reviewRequests,
            AuditTrail audit,
            RoundRepository rounds,
            MessageSource bundle,
            Clock clock,
            nl.traineeplanner.app.audit.AuditReader auditReader) {
        this.auditReader = auditReader;
        this.preferences = preferences;
        this.accounts = accounts;
        this.accountLinks = accountLinks;
        this.placements = placements;
        this.evaluations = evaluations;
        this.messages = messages;
        this.messageTexts = messageTexts;
        this.reviewRequests = reviewRequests;
        this.audit = audit;
        this.rounds = rounds;
        this.bundle = bundle;
        this.clock = clock;
    }

    /** Everything about this trainee, with words in the given language. */
    @Transactional(readOnly = true)
    public PersonalDataExport of(Trainee trainee, Locale locale) {
        UserAccount account = accounts.findByTraineeId(trainee.getId()).orElse(null);
        return new PersonalDataExport(
                LocalDateTime.now(clock),
                profile(trainee, locale),
                account == null
                        ? null
                        : new PersonalDataExport.Account(
                                account.getUsername(),
                                account.getRole().name(),
                                account.getLanguage(),
                                account.isEnabled(),
                                accountLinks.invitedAt(account).orElse(null)),
                rankedLists(trainee),
                placements.findByTraineeIdOrderByRoundStartDate(trainee.getId()).stream()
                        .map(p -> new PersonalDataExport.PlacementLine(
                                p.getId(),
                                p.getRound().getName(),
                                p.getRound().getStartDate(),
                                p.getRound().getEndDate(),
                                p.getAssignment().getId(),
                                p.getAssignment().getTitle(),
                                p.getAssignment().getOrganisation().getName(),
                                p.getStatus() == PlacementStatus.PUBLISHED))
                        .toList(),
                evaluations.ofTrainee(trainee.getId()).stream()
                        .map(this::evaluation)
                        .toList(),
                messagesTo(trainee, account, locale),
                reviewRequests.findByPlacementTraineeIdOrderByRequestedAt(trainee.getId()).stream()
                        .map(r -> new PersonalDataExport.ReviewRequest(
                                r.getPlacement().getId(),
                                r.getPlacement().getRound().getName(),
                                r.getPlacement().getAssignment().getTitle(),
                                r.getRequestedAt(),
                                r.getReason()))
                        .toList(),
                auditTrail(trainee, account, locale));
    }

    private static PersonalDataExport.Profile profile(Trainee t, Locale locale) {
        return new PersonalDataExport.Profile(
                t.getId(),
                t.getName(),
                t.getEmail(),
                t.getPhone(),
                t.getEducation(),
                t.getCohort().getName(),
                t.getHomeMunicipality() == null ? null : t.getHomeMunicipality().getName(),
                t.getHome() == null ? null : t.getHome().latitude(),
                t.getHome() == null ? null : t.getHome().longitude(),
                t.getMaxTravelKm().orElse(null),
                t.getInterests().stream().map(d -> d.name(locale)).toList(),
                t.getExcludedOrganisations().stream().map(Organisation::getName).toList());
    }

    private List<PersonalDataExport.RankedList> rankedLists(Trainee trainee) {
        Map<Round, List<TraineePreference>> byRound = new LinkedHashMap<>();
        for (TraineePreference p : preferences.findByTraineeOrderByRoundStartDateAscRankAsc(trainee)) {
            byRound.computeIfAbsent(p.getRound(), r -> new ArrayList<>()).add(p);
        }
        return byRound.entrySet().stream()
                .map(e -> new PersonalDataExport.RankedList(
                        e.getKey().getId(),
                        e.getKey().getName(),
                        e.getValue().stream()
                                .map(p -> new PersonalDataExport.Choice(
                                        p.getRank(),
                                        p.getAssignment().getId(),
                                        p.getAssignment().getTitle(),
                                        p.getAssignment().getOrganisation().getName(),
                                        p.getMotivation()))
                                .toList()))
                .toList();
    }

    private PersonalDataExport.EvaluationLine evaluation(Evaluation e) {
        return new PersonalDataExport.EvaluationLine(
                e.placement().getId(),
                e.placement().getRound().getName(),
                e.placement().getAssignment().getOrganisation().getName(),
                e.moment().name(),
                form(e.form(EvaluationAuthor.TRAINEE)),
                e.counterpartFor(EvaluationAuthor.TRAINEE).map(this::form).orElse(null));
    }

    private PersonalDataExport.Form form(EvaluationForm f) {
        return new PersonalDataExport.Form(
                f.status(evaluations.today()).name(),
                f.getSavedAt(),
                f.getSubmittedAt(),
                Stream.of(EvaluationQuestion.values())
                        .map(q -> new PersonalDataExport.Answer(
                                q.field(), f.answer(q).score(), f.answer(q).text()))
                        .toList(),
                f.getRemark());
    }

    private List<PersonalDataExport.MessageLine> messagesTo(Trainee trainee, UserAccount account, Locale locale) {
        Stream<Message> toAccount = account == null
                ? Stream.empty()
                : messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(account.getId()).stream();
        return Stream.concat(
                        messages.findByRecipientTraineeIdOrderByCreatedAtDescIdDesc(trainee.getId()).stream(),
                        toAccount)
                .sorted(Comparator.comparing(Message::getCreatedAt)
                        .thenComparing(Message::getId)
                        .reversed())
                .map(m -> {
                    MessageTexts.Wording words = messageTexts.of(m, locale);
                    return new PersonalDataExport.MessageLine(
                            m.getCreatedAt(),
                            m.getReadAt(),
                            words.subject(),
                            words.text(),
                            m.getLines().stream()
                                    .map(l -> l.getTraineeName() + ": " + l.getAssignmentTitle())
                                    .toList());
                })
                .toList();
    }

    private List<PersonalDataExport.AuditEntry> auditTrail(Trainee trainee, UserAccount account, Locale locale) {
        List<AuditEvent> events =
                audit.findAboutTrainee(trainee.getId(), account == null ? null : account.getUsername());
        Map<Long, String> roundNames = rounds
                .findAllById(events.stream()
                        .map(AuditEvent::getRoundId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Round::getId, Round::getName));
        var named = auditReader.read(events, locale);
        return events.stream()
                .map(e -> new PersonalDataExport.AuditEntry(
                        e.getOccurredHere().toOffsetDateTime(),
                        e.getUsername(),
                        e.getAction().name(),
                        bundle.getMessage(
                                "audit.action." + e.getAction().name(),
                                null,
                                e.getAction().name(),
                                locale),
                        e.getRoundId() == null ? null : roundNames.get(e.getRoundId()),
                        named.detail(e),
                        named.reason(e)))
                .toList();
    }
}
