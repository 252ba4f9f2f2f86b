package nl.traineeplanner.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
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
}
