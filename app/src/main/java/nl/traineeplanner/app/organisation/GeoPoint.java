package nl.traineeplanner.app.organisation;

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
}
