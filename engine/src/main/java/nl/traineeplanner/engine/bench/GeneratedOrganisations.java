package nl.traineeplanner.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;

/** The host organisations of a generated instance: the municipalities, other public bodies, invented hosts. */
final class GeneratedOrganisations {

    private static final String[] OTHER_BODIES = {
        "provincie", "waterschap-noorderzijlvest", "waterschap-hunze-en-aas", "snn", "nationaal-programma-groningen"
    };

    private final String[] ids;
    private final Location[] locations;

    /** Municipalities first, then the other bodies (in the city), then invented hosts near a municipality. */
    GeneratedOrganisations(Random random, int count) {
        ids = new String[count];
        locations = new Location[count];
        int municipalities = Geography.MUNICIPALITIES.length;
        for (int o = 0; o < count; o++) {
            int municipality;
            if (o < municipalities) {
                municipality = o;
                ids[o] = "gem-" + Geography.MUNICIPALITIES[o];
            } else if (o < municipalities + OTHER_BODIES.length) {
                municipality = 0;
                ids[o] = OTHER_BODIES[o - municipalities];
            } else {
                municipality = Geography.municipality(random, 0.3);
                ids[o] = InstanceGenerator.id('O', o, count);
            }
            locations[o] = Geography.near(municipality, random);
        }
    }

    int count() {
        return ids.length;
    }

    String id(int o) {
        return ids[o];
    }

    Location location(int o) {
        return locations[o];
    }

    List<Organisation> toRecords() {
        List<Organisation> list = new ArrayList<>(ids.length);
        for (int o = 0; o < ids.length; o++) {
            list.add(new Organisation(ids[o], ids[o], locations[o]));
        }
        return list;
    }
}
