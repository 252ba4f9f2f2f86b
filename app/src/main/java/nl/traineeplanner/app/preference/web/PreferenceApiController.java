package nl.traineeplanner.app.preference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.preference.Choice;
import nl.traineeplanner.app.preference.HostRankings;
import nl.traineeplanner.app.preference.ListProblem;
import nl.traineeplanner.app.preference.ListRefused;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.app.system.SignedInUser;
import nl.traineeplanner.app.trainee.Trainee;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trainee's ranked lists and the host's rankings over JSON. A trainee reaches only their own lists, for the rounds
 * of their own cohort ({@code /api/my}); a host only the candidates of its own organisation's approved assignments
 * ({@code /api/host}). A save names the version it read; a list that changed since, or a passed deadline, is a 409, a
 * wrong line a 400 with every field.
 */
@RestController
@JsonApi
@Tag(name = "Preferences and rankings", description = "A trainee's ranked lists (trainee) and a host's rankings (host)")
class PreferenceApiController {

    private final PortalAccess access;
    private final PreferenceLists lists;
    private final HostRankings rankings;
    private final ListMessages messages;

    PreferenceApiController(PortalAccess access, PreferenceLists lists, HostRankings rankings, ListMessages messages) {
        this.access = access;
        this.lists = lists;
        this.rankings = rankings;
        this.messages = messages;
    }

    @GetMapping("/api/my/rounds/{roundId}/preferences")
    @Operation(summary = "My ranked list for a round of my cohort, with its version and the round's limits")
    @Transactional(readOnly = true)
    RankedListJson myList(@AuthenticationPrincipal SignedInUser user, @PathVariable long roundId) {
        Trainee trainee = access.trainee(user);
        return RankedListJson.of(lists.listOf(trainee, access.roundOf(trainee, roundId)));
    }

    @PutMapping("/api/my/rounds/{roundId}/preferences")
    @Operation(
            summary = "Replace my ranked list for a round, best first",
            description = "Refused with 409 when the round does not take preferences now or the list changed since"
                    + " the given version; 400 with every wrong field otherwise. Nothing is stored when refused.")
    RankedListJson saveMyList(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long roundId,
            @Valid @RequestBody ListRequest request) {
        Trainee trainee = access.trainee(user);
        Round round = access.roundOf(trainee, roundId);
        List<Choice> choices = request.choices() == null ? List.of() : request.choices();
        return RankedListJson.of(lists.save(trainee, round, choices, request.version()));
    }

    @GetMapping("/api/my/rounds/{roundId}/options")
    @Operation(
            summary =
                    "The round's assignments as I see them: on my list or not, distance, and the rule that forbids one")
    @Transactional(readOnly = true)
    List<OptionJson> myOptions(@AuthenticationPrincipal SignedInUser user, @PathVariable long roundId) {
        Trainee trainee = access.trainee(user);
        return lists.options(trainee, access.roundOf(trainee, roundId)).stream()
                .map(o -> new OptionJson(
                        o.assignment().getId(),
                        o.assignment().getTitle(),
                        o.assignment().getOrganisation().getName(),
                        o.distanceKm(),
                        o.rank() == 0 ? null : o.rank(),
                        o.forbidden() ? o.forbiddenBy().name() : null,
                        o.forbidden()
                                ? messages.text(new ListProblem(-1, null, o.reasonCode(), o.reasonArguments()))
                                : null))
                .toList();
    }

    @GetMapping("/api/host/assignments/{id}/candidates")
    @Operation(summary = "The candidates of one of my organisation's assignments, in my ranking's order")
    @Transactional
    CandidateListJson candidates(@AuthenticationPrincipal SignedInUser host, @PathVariable long id) {
        return CandidateListJson.of(rankings.openedBy(access.ownAssignment(host, id), host.getUsername()));
    }

    @PutMapping("/api/host/assignments/{id}/ranking")
    @Operation(
            summary = "Rank the candidates of one of my organisation's assignments, best first",
            description = "Candidates left out stay unranked. 409 when rankings are closed or the candidates changed"
                    + " since the given version; 400 when a trainee is no candidate or named twice.")
    CandidateListJson rank(
            @AuthenticationPrincipal SignedInUser host,
            @PathVariable long id,
            @Valid @RequestBody RankingRequest request) {
        List<Long> trainees = request.trainees() == null ? List.of() : request.trainees();
        return CandidateListJson.of(rankings.save(access.ownAssignment(host, id), trainees, request.version()));
    }

    @ExceptionHandler(ListRefused.class)
    ResponseEntity<ProblemDetail> refused(ListRefused refused) {
        HttpStatus status = refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        List<ListProblem> problems = refused.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(problems.get(0)));
        problem.setTitle(messages.text("preferences.refused.title"));
        problem.setProperty("code", problems.get(0).code());
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> new FieldProblem(field(p), messages.text(p)))
                        .toList());
        return ResponseEntity.status(status).body(problem);
    }

    private static String field(ListProblem problem) {
        if (problem.aboutTheList()) {
            return null;
        }
        return problem.field().equals("trainee")
                ? "trainees[" + problem.index() + "]"
                : "choices[" + problem.index() + "]." + problem.field();
    }

    record ListRequest(
            @Size(max = 100, message = "{bounds.text}") String version,

            @Size(max = 100, message = "{bounds.list}") @Valid
            List<Choice> choices) {}

    record RankingRequest(
            @Size(max = 100, message = "{bounds.text}") String version,

            @Size(max = 5000, message = "{bounds.list}")
            List<@Positive(message = "{bounds.reference}") Long> trainees) {}

    record FieldProblem(String field, String message) {}

    record ChoiceJson(int rank, long assignment, String title, String organisation, String motivation) {}

    record RankedListJson(
            long round,
            boolean open,
            LocalDate deadline,
            int minimum,
            int maximum,
            String version,
            List<ChoiceJson> choices) {

        static RankedListJson of(PreferenceLists.RankedList list) {
            return new RankedListJson(
                    list.round().getId(),
                    list.open(),
                    list.round().getPreferencesDeadline(),
                    list.limits().minimum(),
                    list.limits().maximum(),
                    list.version(),
                    list.choices().stream()
                            .map(c -> new ChoiceJson(
                                    c.getRank(),
                                    c.getAssignment().getId(),
                                    c.getAssignment().getTitle(),
                                    c.getAssignment().getOrganisation().getName(),
                                    c.getMotivation()))
                            .toList());
        }
    }

    record OptionJson(
            long assignment,
            String title,
            String organisation,
            Long distanceKm,
            Integer rank,
            String forbiddenBy,
            String reason) {}

    record CandidateJson(
            long trainee,
            String name,
            String education,
            List<String> interests,
            long round,
            String motivation,
            Integer hostRank) {}

    record CandidateListJson(
            long assignment, boolean open, LocalDate deadline, String version, List<CandidateJson> candidates) {

        static CandidateListJson of(HostRankings.CandidateList list) {
            return new CandidateListJson(
                    list.assignment().getId(),
                    list.open(),
                    list.deadline(),
                    list.version(),
                    list.candidates().stream()
                            .map(c -> new CandidateJson(
                                    c.trainee().getId(),
                                    c.trainee().getName(),
                                    c.trainee().getEducation(),
                                    c.trainee().getInterests().stream()
                                            .map(PolicyDomain::getName)
                                            .toList(),
                                    c.choice().getRound().getId(),
                                    c.choice().getMotivation(),
                                    c.hostRank()))
                            .toList());
        }
    }
}
