package nl.traineeplanner.app.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of Groningen and its neighbours Drenthe and Friesland, shipped with the planner in
 * {@code map/provinces.json}: from {@code @svg-maps/netherlands} (CC BY 4.0, after MapSVG), cut to the map's frame and
 * turned into degrees by {@code docs/map/outlines.py}. There are no municipal borders: no source with a licence that
 * allows shipping them could be found in the package registries.
 */
final class ProvinceOutlines {

    static final String FILE = "map/provinces.json";

    /** A province as rings of points; {@code label} is where its name is written, or null for none. */
    record Province(String name, List<List<GeoPoint>> rings, GeoPoint label) {}

    private ProvinceOutlines() {}

    static List<Province> read() {
        try (InputStream in = ProvinceOutlines.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            List<Province> provinces = new ArrayList<>();
            for (JsonNode province : JsonMapper.shared().readTree(in).get("provinces")) {
                List<List<GeoPoint>> rings = new ArrayList<>();
                for (JsonNode ring : province.get("rings")) {
                    List<GeoPoint> points = new ArrayList<>();
                    ring.forEach(point -> points.add(point(point)));
                    rings.add(List.copyOf(points));
                }
                JsonNode label = province.get("label");
                provinces.add(new Province(
                        province.get("name").asString(), List.copyOf(rings), label == null ? null : point(label)));
            }
            return List.copyOf(provinces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GeoPoint point(JsonNode lonLat) {
        return new GeoPoint(lonLat.get(1).asDouble(), lonLat.get(0).asDouble());
    }
}
