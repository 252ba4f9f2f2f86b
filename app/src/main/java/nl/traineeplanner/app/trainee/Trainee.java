package nl.traineeplanner.app.trainee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.round.Cohort;

/**
 * A trainee of a cohort: hired first, then placed at three assignments at three different organisations. The home is
 * kept coarse, to {@link #HOME_DECIMALS} decimals (about a kilometre). After the traineeship the coordinator can
 * anonymise a former trainee: the record stays, with its placements, under a pseudonym and without anything personal.
 */
@Entity
public class Trainee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String email;

    private String phone;

    @Column(nullable = false)
    private String education;

    @ManyToMany
    @JoinTable(
            name = "trainee_interest",
            joinColumns = @JoinColumn(name = "trainee_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_code"))
    private Set<PolicyDomain> interests = new HashSet<>();

    /** The home's decimals that are kept: two, about a kilometre. */
    public static final int HOME_DECIMALS = 2;

    /** None once anonymised. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_code")
    private Municipality homeMunicipality;

    /** Rounded to {@link #HOME_DECIMALS} decimals; none once anonymised. */
    private Double latitude;

    private Double longitude;

    /** A hard limit on the distance from home to an assignment; none when empty. */
    private Integer maxTravelKm;

    @ManyToMany
    @JoinTable(
            name = "trainee_excluded_organisation",
            joinColumns = @JoinColumn(name = "trainee_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> excludedOrganisations = new HashSet<>();

    private LocalDateTime anonymisedAt;

    protected Trainee() {}

    public Trainee(Cohort cohort, TraineeProfile profile) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        updateProfile(profile);
    }

    public void updateProfile(TraineeProfile profile) {
        this.name = profile.name();
        this.email = profile.email();
        this.phone = profile.phone();
        this.education = profile.education();
        this.interests.clear();
        this.interests.addAll(profile.interests());
        this.homeMunicipality = profile.homeMunicipality();
        GeoPoint home = coarse(profile.home());
        this.latitude = home.latitude();
        this.longitude = home.longitude();
        this.maxTravelKm = profile.maxTravelKm();
    }

    /** A home as it is kept: each coordinate rounded to {@link #HOME_DECIMALS} decimals. */
    public static GeoPoint coarse(GeoPoint home) {
        return new GeoPoint(round(home.latitude()), round(home.longitude()));
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees)
                .setScale(HOME_DECIMALS, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * Makes a former trainee anonymous: the pseudonym replaces the name, an address that can never receive mail the
     * e-mail address, and the phone number, education, interests, home, travel limit and exclusions are gone. The
     * cohort and the placements stay, as anonymous history.
     */
    public void anonymise(String pseudonym, String placeholderEmail, LocalDateTime at) {
        if (isAnonymised()) {
            throw new IllegalStateException("trainee " + id + " is anonymous already");
        }
        this.name = Objects.requireNonNull(pseudonym, "pseudonym");
        this.email = Objects.requireNonNull(placeholderEmail, "placeholderEmail");
        this.phone = null;
        this.education = "";
        this.interests.clear();
        this.homeMunicipality = null;
        this.latitude = null;
        this.longitude = null;
        this.maxTravelKm = null;
        this.excludedOrganisations.clear();
        this.anonymisedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** When the trainee was anonymised, or null. */
    public LocalDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    /** The address the trainee is e-mailed at and signs in with; the coordinator sets it. */
    public void changeEmail(String email) {
        this.email = java.util.Objects.requireNonNull(email, "email").strip();
    }

    /** Whether the address can receive mail: an imported trainee starts with one that cannot, until it is set. */
    public boolean hasRealEmail() {
        return email != null && !email.endsWith(".invalid");
    }

    /** The trainee will not be placed here, for instance after working there before the traineeship. */
    public void exclude(Organisation organisation) {
        excludedOrganisations.add(Objects.requireNonNull(organisation));
    }

    /** The trainee will not be placed with exactly these organisations, in place of those excluded before. */
    public void excludeOnly(java.util.Collection<Organisation> organisations) {
        excludedOrganisations.clear();
        excludedOrganisations.addAll(organisations);
    }

    public void allow(Organisation organisation) {
        excludedOrganisations.remove(organisation);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getEducation() {
        return education;
    }

    public List<PolicyDomain> getInterests() {
        return interests.stream()
                .sorted(Comparator.comparing(PolicyDomain::getName))
                .toList();
    }

    /** The home municipality; null once anonymised. */
    public Municipality getHomeMunicipality() {
        return homeMunicipality;
    }

    /** The home, to {@link #HOME_DECIMALS} decimals; null once anonymised. */
    public GeoPoint getHome() {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    public Optional<Integer> getMaxTravelKm() {
        return Optional.ofNullable(maxTravelKm);
    }

    public List<Organisation> getExcludedOrganisations() {
        return excludedOrganisations.stream()
                .sorted(Comparator.comparing(Organisation::getName))
                .toList();
    }
}
