package nl.traineeplanner.engine.bench;

import java.util.Random;
import nl.traineeplanner.engine.Location;

/** The ten municipalities of the province of Groningen and random places around them. */
final class Geography {

    /** Municipality ids (as organisation ids without the "gem-" prefix) and centroids, from the product brief. */
    static final String[] MUNICIPALITIES = {
        "groningen",
        "het-hogeland",
        "westerkwartier",
        "eemsdelta",
        "midden-groningen",
        "oldambt",
        "pekela",
        "veendam",
        "stadskanaal",
        "westerwolde"
    };

    private static final double[][] CENTROIDS = {
        {53.219, 6.621}, {53.379, 6.532}, {53.219, 6.338}, {53.328, 6.840}, {53.195, 6.808},
        {53.195, 7.056}, {53.071, 6.973}, {53.089, 6.880}, {53.002, 7.010}, {53.014, 7.120}
    };

    private static final double JITTER_KM = 8.0;
    private static final double KM_PER_DEGREE_LAT = 111.2;

    private Geography() {}

    /** A municipality: the city of Groningen with the given probability, otherwise any of them alike. */
    static int municipality(Random random, double cityShare) {
        return random.nextDouble() < cityShare ? 0 : random.nextInt(MUNICIPALITIES.length);
    }

    /** A point within about ±8 km (north–south and east–west) of the municipality's centroid. */
    static Location near(int municipality, Random random) {
        double lat = CENTROIDS[municipality][0];
        double lon = CENTROIDS[municipality][1];
        double dLat = (random.nextDouble() * 2 - 1) * JITTER_KM / KM_PER_DEGREE_LAT;
        double dLon = (random.nextDouble() * 2 - 1)
                * JITTER_KM
                / (KM_PER_DEGREE_LAT * StrictMath.cos(StrictMath.toRadians(lat)));
        return new Location(round5(lat + dLat), round5(lon + dLon));
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
