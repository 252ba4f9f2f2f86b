package nl.traineeplanner.app.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;

/** A host organisation ("opdrachtgever"): a public body that offers assignments. */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** A short stable key, used as the organisation's id towards the planning engine. */
    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private double latitude;

    private double longitude;

    protected Organisation() {}

    public Organisation(String code, String name, Municipality municipality, GeoPoint location) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.latitude = location.latitude();
        this.longitude = location.longitude();
    }

    /** Takes over what another source says of the organisation, such as an imported planning file. */
    public void update(String name, Municipality municipality, GeoPoint location) {
        this.name = requireText(name, "name");
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.latitude = location.latitude();
        this.longitude = location.longitude();
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public GeoPoint getLocation() {
        return new GeoPoint(latitude, longitude);
    }
}
