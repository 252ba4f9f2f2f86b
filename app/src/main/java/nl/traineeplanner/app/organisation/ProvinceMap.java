package nl.traineeplanner.app.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A map of the province of Groningen, drawn from data shipped with the planner: no tiles, nothing from the internet.
 * The outlines of the province and its neighbours come from {@link ProvinceOutlines}; the municipalities are named at
 * their centres (their borders are not shipped). Points are placed by an equirectangular projection around the
 * province, so one kilometre is the same length across and up.
 */
public final class ProvinceMap {

    /** The frame of the map, in degrees: the province with a margin. */
    static final double SOUTH = 52.80;

    static final double NORTH = 53.60;
    static final double WEST = 6.05;
    static final double EAST = 7.35;

    /** Width of the drawing, in SVG units; the height follows from the projection. */
    public static final double WIDTH = 720;

    private static final double KM_PER_DEGREE = 111.195;
    private static final double COS_LAT = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));

    /** The province and its neighbours, the same on every map, so drawn once. */
    private static final List<Outline> OUTLINES =
            ProvinceOutlines.read().stream().map(ProvinceMap::outline).toList();

    private final List<Place> municipalities = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private Circle home;
    private final List<Tally> tallies = new ArrayList<>();

    /** The radius of the largest count's circle, in map units. */
    static final double LARGEST_TALLY = 30;

    /**
     * A province as an SVG path in map units.
     *
     * @param kind {@code home} for Groningen, {@code neighbour} for the others
     * @param label where its name is written, or null when it is not (Groningen's municipalities are named instead)
     */
    public record Outline(String name, String path, String kind, Place label) {}

    /**
     * A name at a place: a municipality at its centre, or a neighbouring province.
     *
     * @param leftward whether its name is written to the left of the place, because another place sits close to its
     *     right
     */
    public record Place(String name, double x, double y, boolean leftward) {

        Place(String name, double x, double y) {
            this(name, x, y, false);
        }
    }

    /** How far to the right of a place, and how far above or below it, another place makes its name go left. */
    private static final double NAME_ROOM_ACROSS = 120;

    private static final double NAME_ROOM_UP = 20;

    /**
     * A point on the map with its text, shown when the pointer rests on it.
     *
     * @param kind a word for its style: {@code chosen}, {@code open}, {@code forbidden} or {@code plain}
     */
    public record Marker(double x, double y, String label, String kind) {}

    /** A place with a radius around it, in map units: a trainee's home and travel limit. */
    public record Circle(double x, double y, double radius, String label) {}

    /**
     * Two counts at one place as two circles whose areas follow the counts, the largest count of the map filling
     * {@link #LARGEST_TALLY}: the outer circle for the first count (assignments), the inner for the second (placements).
     */
    public record Tally(double x, double y, double outer, double inner, String label) {}

    public ProvinceMap(List<Municipality> shown) {
        List<Municipality> sorted = shown.stream()
                .sorted(Comparator.comparing(Municipality::getName))
                .toList();
        for (Municipality m : sorted) {
            double x = x(m.centre());
            double y = y(m.centre());
            boolean crowded = sorted.stream()
                    .anyMatch(other -> other != m
                            && x(other.centre()) > x
                            && x(other.centre()) - x < NAME_ROOM_ACROSS
                            && Math.abs(y(other.centre()) - y) < NAME_ROOM_UP);
            municipalities.add(new Place(m.getName(), x, y, crowded));
        }
    }

    public ProvinceMap mark(GeoPoint at, String label, String kind) {
        markers.add(new Marker(x(at), y(at), label, kind));
        return this;
    }

    /** The trainee's home, with the travel limit as a circle around it (none when there is no limit). */
    public ProvinceMap home(GeoPoint at, Integer limitKm, String label) {
        home = new Circle(x(at), y(at), limitKm == null ? 0 : limitKm * unitsPerKm(), label);
        return this;
    }

    /** Counts at a place, scaled against the largest count shown; a place without any is left out. */
    public ProvinceMap tally(GeoPoint at, int outer, int inner, int largest, String label) {
        if (outer + inner > 0 && largest > 0) {
            tallies.add(new Tally(x(at), y(at), radius(outer, largest), radius(inner, largest), label));
        }
        return this;
    }

    private static double radius(int count, int largest) {
        return count <= 0 ? 0 : Math.max(3, LARGEST_TALLY * Math.sqrt((double) count / largest));
    }

    private static Outline outline(ProvinceOutlines.Province province) {
        StringBuilder path = new StringBuilder();
        for (List<GeoPoint> ring : province.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                GeoPoint p = ring.get(i);
                path.append(i == 0 ? 'M' : 'L')
                        .append(Math.round(x(p) * 10) / 10.0)
                        .append(',')
                        .append(Math.round(y(p) * 10) / 10.0);
            }
            path.append('Z');
        }
        GeoPoint label = province.label();
        return new Outline(
                province.name(),
                path.toString(),
                "Groningen".equals(province.name()) ? "home" : "neighbour",
                label == null ? null : new Place(province.name(), x(label), y(label)));
    }

    public List<Outline> getOutlines() {
        return OUTLINES;
    }

    public List<Tally> getTallies() {
        return tallies;
    }

    public double getHeight() {
        return (NORTH - SOUTH) * WIDTH / ((EAST - WEST) * COS_LAT);
    }

    public String getViewBox() {
        return "0 0 " + (long) WIDTH + " " + Math.round(getHeight());
    }

    /** How long 10 km is on the map, for the scale bar. */
    public double getTenKm() {
        return 10 * unitsPerKm();
    }

    public List<Place> getMunicipalities() {
        return municipalities;
    }

    public List<Marker> getMarkers() {
        return markers;
    }

    public Circle getHome() {
        return home;
    }

    private static double unitsPerKm() {
        return WIDTH / ((EAST - WEST) * COS_LAT * KM_PER_DEGREE);
    }

    static double x(GeoPoint p) {
        return (p.longitude() - WEST) / (EAST - WEST) * WIDTH;
    }

    static double y(GeoPoint p) {
        double height = (NORTH - SOUTH) * WIDTH / ((EAST - WEST) * COS_LAT);
        return (NORTH - p.latitude()) / (NORTH - SOUTH) * height;
    }
}
