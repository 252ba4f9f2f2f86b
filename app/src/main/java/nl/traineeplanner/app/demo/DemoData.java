package nl.traineeplanner.app.demo;

import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.round.RoundPeriod;

/** The shape of {@code demo/demo-data.json}. */
record DemoData(
        Cohort cohort,
        EarlierCohort earlierCohort,
        List<Organisation> organisations,
        List<Assignment> assignments,
        List<Trainee> trainees,
        Accounts accounts) {

    /**
     * The demo cohort. Its dates are as they stand on {@code datedFor}; the loader moves them all by as many days as
     * today is later, so the demo always stands at the same point of its cycle.
     */
    record Cohort(String name, LocalDate datedFor, List<Round> rounds) {}

    /** A cohort a year ahead, with a running round: its trainees are new people, its rounds come before the main's. */
    record EarlierCohort(String name, List<Round> rounds, List<Trainee> trainees, List<Account> accounts) {}

    /** A round; without a host ranking deadline the hosts rank in the week after the preferences close. */
    record Round(
            String name,
            LocalDate start,
            LocalDate end,
            LocalDate intakeDeadline,
            LocalDate preferencesDeadline,
            LocalDate hostRankingDeadline,
            String status) {

        RoundPeriod period(long shiftDays) {
            RoundPeriod standard = new RoundPeriod(
                    start.plusDays(shiftDays),
                    end.plusDays(shiftDays),
                    intakeDeadline.plusDays(shiftDays),
                    preferencesDeadline.plusDays(shiftDays));
            if (hostRankingDeadline == null) {
                return standard;
            }
            return new RoundPeriod(
                    standard.start(),
                    standard.end(),
                    standard.intakeDeadline(),
                    standard.preferencesDeadline(),
                    hostRankingDeadline.plusDays(shiftDays));
        }
    }

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
            String reviewComment,
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

    /** The demo accounts: the coordinator, hosts (each of one organisation) and trainees (each of one trainee). */
    record Accounts(Account coordinator, List<Account> hosts, List<Account> trainees) {}

    record Account(
            String username, String password, String displayName, String email, String organisation, String trainee) {}
}
