package nl.traineeplanner.app.organisation;

import nl.traineeplanner.engine.Location;

/** A place on earth in decimal degrees; refuses impossible coordinates when made. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude outside ±90: " + latitude);
        }
        if (longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude outside ±180: " + longitude);
        }
    }

    /** Great-circle distance in kilometres, measured as the planning engine measures travel. */
    public double distanceKm(GeoPoint other) {
        return new Location(latitude, longitude).distanceKm(new Location(other.latitude, other.longitude));
    }
}
