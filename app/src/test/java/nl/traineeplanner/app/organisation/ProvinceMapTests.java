package nl.traineeplanner.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvinceMapTests {

    private static final GeoPoint GRONINGEN = new GeoPoint(53.219, 6.621);
    private static final GeoPoint WESTERWOLDE = new GeoPoint(53.014, 7.120);

    @Test
    void placesTheMunicipalitiesInsideTheFrameWithNorthUpAndEastRight() {
        ProvinceMap map = new ProvinceMap(List.of(
                new Municipality("GM0014", "Groningen", GRONINGEN),
                new Municipality("GM1950", "Westerwolde", WESTERWOLDE)));

        ProvinceMap.Place groningen = map.getMunicipalities().get(0);
        ProvinceMap.Place westerwolde = map.getMunicipalities().get(1);
        assertThat(groningen.x()).isBetween(0.0, ProvinceMap.WIDTH);
        assertThat(groningen.y()).isBetween(0.0, map.getHeight());
        assertThat(westerwolde.x()).as("Westerwolde lies east").isGreaterThan(groningen.x());
        assertThat(westerwolde.y()).as("and south").isGreaterThan(groningen.y());
    }

    @Test
    void aKilometreIsAsLongAcrossAsUpSoATravelRadiusIsACircle() {
        ProvinceMap map = new ProvinceMap(List.of()).home(GRONINGEN, 40, "Groningen");
        // one degree of latitude is 111.2 km; one of longitude at 53.2° north about 66.6 km
        double upPerKm = (ProvinceMap.y(new GeoPoint(53.0, 6.6)) - ProvinceMap.y(new GeoPoint(54.0, 6.6))) / 111.195;
        double acrossPerKm = (ProvinceMap.x(new GeoPoint(53.2, 7.6)) - ProvinceMap.x(new GeoPoint(53.2, 6.6)))
                / (111.195 * Math.cos(Math.toRadians(53.245)));
        assertThat(acrossPerKm).isCloseTo(upPerKm, within(0.01));
        assertThat(map.getHome().radius()).isCloseTo(40 * upPerKm, within(0.01));
        assertThat(map.getTenKm()).isCloseTo(10 * upPerKm, within(0.01));
    }

    /**
     * The outlines are a drawing turned into degrees (docs/map/outlines.py). If that conversion were off, places near
     * a border would fall on the wrong side: these are the ten municipalities' centres as the planner stores them, and
     * towns a few kilometres either side of Groningen's borders.
     */
    @Test
    void theOutlinesPutEveryPlaceInItsOwnProvince() {
        Map<String, List<GeoPoint>> places = Map.of(
                "Groningen",
                List.of(
                        GRONINGEN,
                        new GeoPoint(53.379, 6.532), // Het Hogeland
                        new GeoPoint(53.219, 6.338), // Westerkwartier
                        new GeoPoint(53.328, 6.840), // Eemsdelta
                        new GeoPoint(53.195, 6.808), // Midden-Groningen
                        new GeoPoint(53.195, 7.056), // Oldambt
                        new GeoPoint(53.071, 6.973), // Pekela
                        new GeoPoint(53.089, 6.880), // Veendam
                        new GeoPoint(53.002, 7.010), // Stadskanaal
                        WESTERWOLDE,
                        new GeoPoint(53.17, 6.60), // Haren
                        new GeoPoint(52.88, 7.07), // Ter Apel
                        new GeoPoint(53.14, 6.26), // Marum
                        new GeoPoint(53.34, 6.30), // Zoutkamp
                        new GeoPoint(53.16, 6.38), // Leek
                        new GeoPoint(53.18, 7.20)), // Nieuweschans
                "Drenthe",
                List.of(
                        new GeoPoint(53.09, 6.68), // Zuidlaren
                        new GeoPoint(53.14, 6.43), // Roden
                        new GeoPoint(53.00, 6.76), // Gieten
                        new GeoPoint(52.99, 6.56)), // Assen
                "Friesland",
                List.of(
                        new GeoPoint(53.18, 6.17), // Surhuisterveen
                        new GeoPoint(53.28, 6.15))); // Kollum
        List<ProvinceOutlines.Province> provinces = ProvinceOutlines.read();
        assertThat(provinces)
                .extracting(ProvinceOutlines.Province::name)
                .containsExactly("Groningen", "Drenthe", "Friesland");
        places.forEach((province, points) -> points.forEach(point -> assertThat(
                        provinces.stream().filter(p -> contains(p, point)).map(ProvinceOutlines.Province::name))
                .as("%s lies in %s", point, province)
                .containsExactly(province)));
    }

    @Test
    void aNameGoesLeftWhenAnotherPlaceSitsCloseToItsRight() {
        ProvinceMap map = new ProvinceMap(List.of(
                new Municipality("GM0037", "Stadskanaal", new GeoPoint(53.002, 7.010)),
                new Municipality("GM1950", "Westerwolde", WESTERWOLDE),
                new Municipality("GM0014", "Groningen", GRONINGEN)));
        assertThat(map.getMunicipalities())
                .extracting(ProvinceMap.Place::name, ProvinceMap.Place::leftward)
                .containsExactly(tuple("Groningen", false), tuple("Stadskanaal", true), tuple("Westerwolde", false));
    }

    @Test
    void drawsGroningenAndNamesOnlyItsNeighbours() {
        ProvinceMap map = new ProvinceMap(List.of());
        assertThat(map.getOutlines())
                .extracting(ProvinceMap.Outline::kind)
                .containsExactly("home", "neighbour", "neighbour");
        assertThat(map.getOutlines().get(0).label()).isNull();
        assertThat(map.getOutlines().get(1).label().name()).isEqualTo("Drenthe");
        assertThat(map.getOutlines().get(0).path()).startsWith("M").contains("Z");
    }

    private static boolean contains(ProvinceOutlines.Province province, GeoPoint point) {
        Path2D.Double shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<GeoPoint> ring : province.rings()) {
            shape.moveTo(ring.get(0).longitude(), ring.get(0).latitude());
            ring.stream().skip(1).forEach(p -> shape.lineTo(p.longitude(), p.latitude()));
            shape.closePath();
        }
        return shape.contains(point.longitude(), point.latitude());
    }
}
