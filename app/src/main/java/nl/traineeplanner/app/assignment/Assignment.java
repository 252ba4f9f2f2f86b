package nl.traineeplanner.app.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.traineeplanner.app.assignment.AssignmentContent.Supervisor;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.round.Round;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An "opdracht": about eight months of work at one host organisation. It goes through review (draft, submitted,
 * approved, changes requested, rejected); only approved assignments are shown to trainees and planned.
 */
@Entity
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_code")
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_code")
    private PolicyDomain domain;

    private String themes;

    @Column(nullable = false, length = 4000)
    private String context;

    @Column(nullable = false, length = 4000)
    private String tasks;

    @Column(nullable = false, length = 4000)
    private String expectedResult;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private double latitude;

    private double longitude;

    @ManyToMany
    @JoinTable(
            name = "assignment_round",
            joinColumns = @JoinColumn(name = "assignment_id"),
            inverseJoinColumns = @JoinColumn(name = "round_id"))
    private Set<Round> rounds = new HashSet<>();

    private int capacity;

    @Column(nullable = false)
    private String supervisorName;

    @Column(nullable = false)
    private String supervisorEmail;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AssignmentStatus status = AssignmentStatus.DRAFT;

    /** The coordinator's comment with the last review: why changes are asked or the proposal is rejected. */
    @Column(length = 2000)
    private String reviewComment;

    /** Penalty points for each slot left empty in a round, for the planner; 0 means an empty slot costs nothing. */
    private int unfilledPenalty;

    protected Assignment() {}

    /** A new proposal, as a draft. */
    public Assignment(Organisation organisation, AssignmentContent content) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        apply(content);
    }

    /** Changes what the assignment says; a rejected assignment is closed and stays as it was. */
    public void revise(AssignmentContent content) {
        if (status == AssignmentStatus.REJECTED || status == AssignmentStatus.WITHDRAWN) {
            throw new IllegalStateException("A rejected or withdrawn assignment cannot be changed");
        }
        apply(content);
    }

    /** Offers the assignment in one more round, such as the same period of another cohort. */
    public void offerIn(Round round) {
        if (status == AssignmentStatus.REJECTED || status == AssignmentStatus.WITHDRAWN) {
            throw new IllegalStateException("A rejected or withdrawn assignment cannot be offered");
        }
        rounds.add(java.util.Objects.requireNonNull(round));
    }

    /** Hands the assignment to another host organisation, for instance after a proposal was entered for the wrong one. */
    public void changeHost(Organisation organisation) {
        if (status == AssignmentStatus.REJECTED) {
            throw new IllegalStateException("A rejected assignment cannot be changed");
        }
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    private void apply(AssignmentContent content) {
        this.title = content.title();
        this.programme = content.programme();
        this.domain = content.domain();
        this.themes = content.themes();
        this.context = content.context();
        this.tasks = content.tasks();
        this.expectedResult = content.expectedResult();
        this.municipality = content.municipality();
        this.latitude = content.location().latitude();
        this.longitude = content.location().longitude();
        this.rounds.clear();
        this.rounds.addAll(content.rounds());
        this.capacity = content.capacity();
        this.supervisorName = content.supervisor().name();
        this.supervisorEmail = content.supervisor().email();
        this.unfilledPenalty = content.unfilledPenalty();
    }

    /** The host offers it for review: first time from a draft, or again after changes were requested. */
    public void submit() {
        if (status != AssignmentStatus.DRAFT && status != AssignmentStatus.CHANGES_REQUESTED) {
            throw new IllegalStateException(
                    "Only a draft or an assignment with requested changes can be submitted; this one is " + status);
        }
        status = AssignmentStatus.SUBMITTED;
    }

    public void approve() {
        requireSubmitted("approved");
        status = AssignmentStatus.APPROVED;
    }

    /** Sends the proposal back to the host, saying what to change; the comment is required. */
    public void requestChanges(String comment) {
        String required = required(comment);
        requireSubmitted("sent back for changes");
        status = AssignmentStatus.CHANGES_REQUESTED;
        reviewComment = required;
    }

    /** Turns the proposal down for good, saying why; the comment is required. */
    public void reject(String comment) {
        String required = required(comment);
        requireSubmitted("rejected");
        status = AssignmentStatus.REJECTED;
        reviewComment = required;
    }

    /** Approves the proposal, with an optional comment for the host. */
    public void approve(String comment) {
        approve();
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The host takes back a proposal that is not approved yet; a withdrawn proposal stays as it was. */
    public void withdraw() {
        if (!isWithdrawable()) {
            throw new IllegalStateException(
                    "Only a proposal that is not approved or rejected can be withdrawn; this one is " + status);
        }
        status = AssignmentStatus.WITHDRAWN;
    }

    /** Whether the host may still change the proposal: while it is a draft, or after changes were asked. */
    public boolean isEditableByHost() {
        return status == AssignmentStatus.DRAFT || status == AssignmentStatus.CHANGES_REQUESTED;
    }

    public boolean isWithdrawable() {
        return isEditableByHost() || status == AssignmentStatus.SUBMITTED;
    }

    private static String required(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a comment is required");
        }
        return comment.strip();
    }

    private void requireSubmitted(String action) {
        if (status != AssignmentStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted assignment can be " + action + "; this one is " + status);
        }
    }

    public boolean isOfferedIn(Round round) {
        return rounds.contains(round);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public Programme getProgramme() {
        return programme;
    }

    public PolicyDomain getDomain() {
        return domain;
    }

    public String getThemes() {
        return themes;
    }

    public String getContext() {
        return context;
    }

    public String getTasks() {
        return tasks;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public GeoPoint getLocation() {
        return new GeoPoint(latitude, longitude);
    }

    /** The rounds in which it is offered, in time order. */
    public List<Round> getRounds() {
        return rounds.stream().sorted(Comparator.comparing(Round::getStartDate)).toList();
    }

    public int getCapacity() {
        return capacity;
    }

    public Supervisor getSupervisor() {
        return new Supervisor(supervisorName, supervisorEmail);
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public int getUnfilledPenalty() {
        return unfilledPenalty;
    }
}
