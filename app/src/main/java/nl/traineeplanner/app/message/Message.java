package nl.traineeplanner.app.message;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message in the planner to one trainee or one account. It keeps the facts it tells (round, organisation, period,
 * trainees and assignments) as they were when it was written; the sentences around them come from the message bundle,
 * so every reader gets them in their own language.
 */
@Entity
@Table(name = "inbox_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MessageKind kind;

    /** The round the message is about (a publication), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    private Round round;

    /** The assignment the message is about (a review of a proposal), or null. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_trainee_id")
    private Trainee recipientTrainee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_account_id")
    private UserAccount recipientAccount;

    private String roundName;

    private String organisationName;

    private LocalDate startDate;

    private LocalDate endDate;

    /** The title of the assignment the message is about, as it was then. */
    private String assignmentTitle;

    /** The review decision the message tells, with the coordinator's comment in {@code note}. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AssignmentStatus decision;

    @Column(length = 2000)
    private String note;

    /** The deadline a reminder is about. */
    private LocalDate dueDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inbox_message_line", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "line_number")
    private List<MessageLine> lines = new ArrayList<>();

    @Column(nullable = false)
    private LocalDateTime createdAt;

    private LocalDateTime readAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MailStatus mailStatus = MailStatus.WAITING;

    /** What stands in the place of a trainee's own words once they are anonymised. */
    public static final String REMOVED = "—";

    protected Message() {}

    private Message(MessageKind kind, Round round, String organisationName, List<MessageLine> lines) {
        this.kind = kind;
        this.round = Objects.requireNonNull(round, "round");
        this.roundName = round.getName();
        this.startDate = round.getStartDate();
        this.endDate = round.getEndDate();
        this.organisationName = Objects.requireNonNull(organisationName, "organisationName");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a message about placements names at least one");
        }
        this.lines.addAll(lines);
        this.createdAt = LocalDateTime.now();
    }

    /** Tells a host account how the coordinator reviewed its proposal, with the comment. */
    public static Message proposalReviewed(
            UserAccount host, Assignment assignment, AssignmentStatus decision, String comment) {
        Message message = new Message();
        message.kind = MessageKind.PROPOSAL_REVIEWED;
        message.assignment = Objects.requireNonNull(assignment, "assignment");
        message.assignmentTitle = assignment.getTitle();
        message.organisationName = assignment.getOrganisation().getName();
        message.decision = Objects.requireNonNull(decision, "decision");
        message.note = comment;
        message.recipientAccount = Objects.requireNonNull(host, "host");
        message.createdAt = LocalDateTime.now();
        return message;
    }

    /** Tells a coordinator that a trainee asks for a person to look at their placement again, and why. */
    public static Message humanReviewRequested(
            UserAccount coordinator, Round round, String traineeName, String assignmentTitle, String reason) {
        Message message = reminder(MessageKind.HUMAN_REVIEW_REQUESTED, round, null);
        message.lines.add(new MessageLine(traineeName, assignmentTitle));
        message.note = reason;
        message.recipientAccount = Objects.requireNonNull(coordinator, "coordinator");
        return message;
    }

    /** Reminds a trainee to choose enough assignments for the round before its preferences deadline. */
    public static Message preferencesReminder(Trainee trainee, Round round) {
        Message message = reminder(MessageKind.REMINDER_PREFERENCES, round, round.getPreferencesDeadline());
        message.recipientTrainee = Objects.requireNonNull(trainee, "trainee");
        return message;
    }

    /** Reminds a host account to rank its candidates for the round before the ranking deadline. */
    public static Message rankingReminder(UserAccount host, Round round) {
        Message message = reminder(MessageKind.REMINDER_RANKING, round, round.getHostRankingDeadline());
        message.organisationName = host.getOrganisation().getName();
        message.recipientAccount = host;
        return message;
    }

    /** A message about a round that lists no placements: a reminder, or a request about one placement. */
    private static Message reminder(MessageKind kind, Round round, LocalDate due) {
        Message message = new Message();
        message.kind = kind;
        message.round = Objects.requireNonNull(round, "round");
        message.roundName = round.getName();
        message.startDate = round.getStartDate();
        message.endDate = round.getEndDate();
        message.dueDate = due;
        message.createdAt = LocalDateTime.now();
        return message;
    }

    /** Tells a trainee where they go in the round. */
    public static Message traineePlaced(Trainee trainee, Round round, String organisationName, String assignment) {
        Message message = new Message(
                MessageKind.TRAINEE_PLACED,
                round,
                organisationName,
                List.of(new MessageLine(trainee.getName(), assignment)));
        message.recipientTrainee = trainee;
        return message;
    }

    /** Tells a host account which trainees come to its organisation in the round. */
    public static Message hostPlaced(UserAccount host, Round round, List<MessageLine> placed) {
        Message message = new Message(
                MessageKind.HOST_PLACED, round, host.getOrganisation().getName(), placed);
        message.recipientAccount = host;
        return message;
    }

    /** Whether this account may read the message: it is addressed to the account, or to the account's trainee. */
    public boolean isFor(UserAccount account) {
        if (recipientAccount != null) {
            return recipientAccount.getId().equals(account.getId());
        }
        return account.getTrainee() != null
                && recipientTrainee.getId().equals(account.getTrainee().getId());
    }

    public void markRead(LocalDateTime when) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(when);
        }
    }

    /** The address the e-mail of this message goes to: the trainee's, or the account's; empty when there is none. */
    public Optional<String> mailAddress() {
        return recipientTrainee != null
                ? Optional.ofNullable(recipientTrainee.getEmail())
                : recipientAccount.getEmail();
    }

    /**
     * Replaces a former trainee's name in the placements the message lists by their pseudonym, when they are
     * anonymised; a request for a human review about them loses its reason, which was the trainee's own words.
     * Returns whether the message named the trainee.
     */
    public boolean anonymiseTrainee(String formerName, String pseudonym) {
        boolean named = false;
        for (int i = 0; i < lines.size(); i++) {
            MessageLine line = lines.get(i);
            if (line.getTraineeName().equals(formerName)) {
                lines.set(i, new MessageLine(pseudonym, line.getAssignmentTitle()));
                named = true;
            }
        }
        if (named && kind == MessageKind.HUMAN_REVIEW_REQUESTED) {
            note = REMOVED;
        }
        return named;
    }

    public void mailed(MailStatus status) {
        this.mailStatus = Objects.requireNonNull(status);
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    /** The trainee this message is for, or null when it is for an account. */
    public Trainee getRecipientTrainee() {
        return recipientTrainee;
    }

    /** The account this message is for, or null when it is for a trainee. */
    public UserAccount getRecipientAccount() {
        return recipientAccount;
    }

    public MessageKind getKind() {
        return kind;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public String getAssignmentTitle() {
        return assignmentTitle;
    }

    public AssignmentStatus getDecision() {
        return decision;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getNote() {
        return note;
    }

    public Round getRound() {
        return round;
    }

    public String getRoundName() {
        return roundName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<MessageLine> getLines() {
        return List.copyOf(lines);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
