package nl.traineeplanner.app.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.Notices;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.preference.HostRankings;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a round stands with trainees and hosts: who has not yet chosen enough assignments, which organisations have
 * candidates they have not ranked; and reminders to them, in the planner and by e-mail. A reminder is only sent while
 * its deadline has not passed; the automatic ones at most once per person per deadline.
 */
@Service
public class RoundProgress {

    private final TraineeRepository trainees;
    private final PreferenceLists lists;
    private final AssignmentRepository assignments;
    private final HostRankings rankings;
    private final UserAccountRepository accounts;
    private final ReminderSentRepository sent;
    private final Notices notices;
    private final Clock clock;

    RoundProgress(
            TraineeRepository trainees,
            PreferenceLists lists,
            AssignmentRepository assignments,
            HostRankings rankings,
            UserAccountRepository accounts,
            ReminderSentRepository sent,
            Notices notices,
            Clock clock) {
        this.trainees = trainees;
        this.lists = lists;
        this.assignments = assignments;
        this.rankings = rankings;
        this.accounts = accounts;
        this.sent = sent;
        this.notices = notices;
        this.clock = clock;
    }

    /** A trainee's list for the round: how many chosen, and how many more the round asks for. */
    public record TraineeLine(Trainee trainee, int chosen, int stillNeeded) {

        public boolean done() {
            return stillNeeded == 0;
        }
    }

    /** An organisation's candidates in the round: how many, how many ranked, and its host accounts. */
    public record HostLine(Organisation organisation, int candidates, int ranked, List<UserAccount> hosts) {

        public boolean done() {
            return ranked >= candidates;
        }
    }

    /** The round's progress: every trainee of the cohort, every organisation with candidates. */
    public record Progress(Round round, List<TraineeLine> trainees, List<HostLine> hosts) {

        public long traineesDone() {
            return trainees.stream().filter(TraineeLine::done).count();
        }

        public long hostsDone() {
            return hosts.stream().filter(HostLine::done).count();
        }
    }

    /** What a round of reminders did: how many trainees and host accounts were told. */
    public record Reminded(int trainees, int hosts) {}

    @Transactional(readOnly = true)
    public Progress of(Round round) {
        var listOf = lists.listsOf(round);
        List<TraineeLine> traineeLines = trainees
                .findByCohortIdOrderById(round.getCohort().getId())
                .stream()
                .map(t -> {
                    PreferenceLists.RankedList list = listOf.apply(t);
                    return new TraineeLine(t, list.choices().size(), list.stillNeeded());
                })
                .sorted(java.util.Comparator.comparing(
                        (TraineeLine l) -> l.trainee().getName()))
                .toList();
        Map<Organisation, int[]> counts = new LinkedHashMap<>();
        List<Assignment> offered =
                assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, round.getId());
        Map<Long, HostRankings.CandidateList> candidatesOf = rankings.candidatesOf(offered);
        offered.stream()
                .sorted(java.util.Comparator.comparing(a -> a.getOrganisation().getName()))
                .forEach(a -> {
                    HostRankings.CandidateList candidates = candidatesOf.get(a.getId());
                    if (!candidates.candidates().isEmpty()) {
                        int[] c = counts.computeIfAbsent(a.getOrganisation(), o -> new int[2]);
                        c[0] += candidates.candidates().size();
                        c[1] += (int) candidates.rankedCount();
                    }
                });
        List<HostLine> hostLines = new ArrayList<>();
        counts.forEach((organisation, c) -> hostLines.add(new HostLine(
                organisation,
                c[0],
                c[1],
                accounts.findByRoleAndOrganisationIdOrderByUsername(Role.HOST, organisation.getId()).stream()
                        .filter(UserAccount::isEnabled)
                        .toList())));
        return new Progress(round, traineeLines, hostLines);
    }

    /** The coordinator's reminder: everyone behind is told now, whatever was sent before. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Reminded remindNow(Round round, String username) {
        return remind(round, username, recipient -> true);
    }

    /** The automatic reminder: everyone behind who was not reminded of this deadline before. */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public Reminded remindOnce(Round round, String username, boolean trainees, boolean hosts) {
        return remind(
                round,
                username,
                recipient -> (recipient.startsWith("trainee:") ? trainees : hosts)
                        && !sent.existsByRoundIdAndRecipientAndDeadline(
                                round.getId(), recipient, deadlineOf(round, recipient)));
    }

    private Reminded remind(Round round, String username, Predicate<String> wanted) {
        LocalDate today = LocalDate.now(clock);
        Progress progress = of(round);
        List<Message> written = new ArrayList<>();
        int traineesTold = 0;
        int hostsTold = 0;
        if (round.acceptsPreferences(today)) {
            for (TraineeLine line : progress.trainees()) {
                String recipient = "trainee:" + line.trainee().getId();
                if (!line.done() && wanted.test(recipient)) {
                    written.add(Message.preferencesReminder(line.trainee(), round));
                    record(round, recipient);
                    traineesTold++;
                }
            }
        }
        if (round.acceptsHostRankings(today)) {
            for (HostLine line : progress.hosts()) {
                for (UserAccount host : line.hosts()) {
                    String recipient = "account:" + host.getId();
                    if (!line.done() && wanted.test(recipient)) {
                        written.add(Message.rankingReminder(host, round));
                        record(round, recipient);
                        hostsTold++;
                    }
                }
            }
        }
        notices.send(
                round.getId(),
                username,
                written,
                AuditText.of("audit.detail.messages.reminders", traineesTold, hostsTold));
        return new Reminded(traineesTold, hostsTold);
    }

    private void record(Round round, String recipient) {
        LocalDate deadline = deadlineOf(round, recipient);
        if (!sent.existsByRoundIdAndRecipientAndDeadline(round.getId(), recipient, deadline)) {
            sent.save(new ReminderSent(round.getId(), recipient, deadline, clock.instant()));
        }
    }

    private static LocalDate deadlineOf(Round round, String recipient) {
        return recipient.startsWith("trainee:") ? round.getPreferencesDeadline() : round.getHostRankingDeadline();
    }
}
