package nl.traineeplanner.app.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/demo-data.json}. */
record DemoData(
        Cohort cohort,
        List<Organisation> organisations,
        List<Assignment> assignments,
        List<Trainee> trainees,
        Accounts accounts) {

    record Cohort(String name, List<Round> rounds) {}

    record Round(
            String name,
            LocalDate start,
            LocalDate end,
            LocalDate intakeDeadline,
            LocalDate preferencesDeadline,
            String status) {}

    record Organisation(String code, String name, String municipality, double lat, double lon) {}

    record Assignment(
            String key,
            String organisation,
            String programme,
            String domain,
            String municipality,
            Double lat,
            Double lon,
            List<Integer> rounds,
            int capacity,
            Supervisor supervisor,
            String title,
            String themes,
            String context,
            String tasks,
            String expectedResult,
            String status,
            int unfilledPenalty) {}

    record Supervisor(String name, String email) {}

    record Trainee(
            String name,
            String email,
            String phone,
            String education,
            String home,
            List<String> interests,
            Integer maxTravelKm,
            List<String> excludedOrganisations) {}

    record Accounts(Account coordinator, Account host, Account trainee) {}

    record Account(
            String username, String password, String displayName, String email, String organisation, String trainee) {}
}
