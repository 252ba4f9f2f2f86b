package nl.traineeplanner.app;

import java.time.LocalDate;
import java.util.Set;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.Programme;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;

/** Small, valid domain objects for plain unit tests (not persisted). */
public final class Fixtures {

    public static final Municipality OLDAMBT = new Municipality("GM1895", "Oldambt", new GeoPoint(53.195, 7.056));
    public static final Programme NPG = new Programme("npg", "Nationaal Programma Groningen", "National Programme");
    public static final PolicyDomain PROGRAMME_MANAGEMENT =
            new PolicyDomain("programmamanagement", "Programmamanagement", "Programme management");

    private Fixtures() {}

    public static Organisation oldambt() {
        return new Organisation("gemeente-oldambt", "Gemeente Oldambt", OLDAMBT, new GeoPoint(53.14, 7.03));
    }

    public static Round round(int number) {
        LocalDate start = LocalDate.of(2027, 1, 1).plusMonths(8L * (number - 1));
        return new Round(
                new Cohort("Lichting 2027"),
                number,
                "Ronde " + number,
                new RoundPeriod(start, start.plusMonths(8).minusDays(1), start.minusMonths(3), start.minusMonths(1)));
    }

    public static AssignmentContent content(String title, Round... rounds) {
        return content(title, 1, rounds);
    }

    public static AssignmentContent content(String title, int capacity, Round... rounds) {
        return new AssignmentContent(
                title,
                NPG,
                PROGRAMME_MANAGEMENT,
                "programma",
                "context",
                "taken",
                "resultaat",
                OLDAMBT,
                OLDAMBT.centre(),
                Set.of(rounds),
                capacity,
                new AssignmentContent.Supervisor("Harm Dijkstra", "harm@oldambt.example"),
                0);
    }
}
