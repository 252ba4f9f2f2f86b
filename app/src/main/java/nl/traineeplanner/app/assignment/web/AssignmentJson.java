package nl.traineeplanner.app.assignment.web;

import java.util.List;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.round.Round;

/** The API's view of assignments. */
final class AssignmentJson {

    private AssignmentJson() {}

    record Summary(
            long id,
            String title,
            String organisation,
            String programme,
            String domain,
            String municipality,
            List<Long> rounds,
            int capacity,
            String status) {

        static Summary of(Assignment a) {
            return new Summary(
                    a.getId(),
                    a.getTitle(),
                    a.getOrganisation().getName(),
                    a.getProgramme().getCode(),
                    a.getDomain().getCode(),
                    a.getMunicipality().getCode(),
                    roundIds(a),
                    a.getCapacity(),
                    a.getStatus().name());
        }
    }

    record Details(
            long id,
            long version,
            String title,
            Organisation organisation,
            String programme,
            String domain,
            String themes,
            String context,
            String tasks,
            String expectedResult,
            String municipality,
            Location location,
            List<Long> rounds,
            int capacity,
            Supervisor supervisor,
            String status,
            int unfilledPenalty) {

        static Details of(Assignment a) {
            var org = a.getOrganisation();
            return new Details(
                    a.getId(),
                    a.getVersion(),
                    a.getTitle(),
                    new Organisation(org.getId(), org.getCode(), org.getName()),
                    a.getProgramme().getCode(),
                    a.getDomain().getCode(),
                    a.getThemes(),
                    a.getContext(),
                    a.getTasks(),
                    a.getExpectedResult(),
                    a.getMunicipality().getCode(),
                    new Location(a.getLocation().latitude(), a.getLocation().longitude()),
                    roundIds(a),
                    a.getCapacity(),
                    new Supervisor(a.getSupervisor().name(), a.getSupervisor().email()),
                    a.getStatus().name(),
                    a.getUnfilledPenalty());
        }
    }

    record Organisation(long id, String code, String name) {}

    record Location(double lat, double lon) {}

    record Supervisor(String name, String email) {}

    private static List<Long> roundIds(Assignment a) {
        return a.getRounds().stream().map(Round::getId).toList();
    }
}
