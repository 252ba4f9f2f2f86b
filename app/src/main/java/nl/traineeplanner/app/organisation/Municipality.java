package nl.traineeplanner.app.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** One of the ten municipalities of the province, identified by its CBS code; reference data from the migrations. */
@Entity
@Immutable
public class Municipality {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    private double latitude;

    private double longitude;

    protected Municipality() {}

    public Municipality(String code, String name, GeoPoint centre) {
        this.code = code;
        this.name = name;
        this.latitude = centre.latitude();
        this.longitude = centre.longitude();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public GeoPoint centre() {
        return new GeoPoint(latitude, longitude);
    }

    /** Reference data is identified by its code alone. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Municipality that && code != null && code.equals(that.getCode());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(code);
    }
}
