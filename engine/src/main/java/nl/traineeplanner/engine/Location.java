package nl.traineeplanner.engine;

/**
 * A point on the map in decimal degrees.
 *
 * @param lat latitude, within ±90
 * @param lon longitude, within ±180
 */
public record Location(double lat, double lon) {

    /** Earth radius of the spec's distance, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    /** Great-circle (haversine) distance in kilometres, as the spec defines it. */
    public double distanceKm(Location other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double dPhi = Math.toRadians(other.lat - lat);
        double dLambda = Math.toRadians(other.lon - lon);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
