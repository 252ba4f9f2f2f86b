package nl.traineeplanner.app.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.planning.Planner;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.WeightPreset;
import nl.traineeplanner.app.planning.WeightSettings;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.system.JsonApi;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@JsonApi
@Tag(name = "Planning", description = "Planning runs of a round and the engine instance behind them (coordinator only)")
class PlanningApiController {

    private final RoundRepository rounds;
    private final PlanningRunRepository runs;
    private final Planner planner;
    private final RoundInstances instances;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final RefusalMessages messages;

    PlanningApiController(
            RoundRepository rounds,
            PlanningRunRepository runs,
            Planner planner,
            RoundInstances instances,
            JsonMapper json,
            AuditTrail audit,
            RefusalMessages messages) {
        this.audit = audit;
        this.messages = messages;
        this.rounds = rounds;
        this.runs = runs;
        this.planner = planner;
        this.instances = instances;
        this.json = json;
    }

    @PostMapping("/api/rounds/{id}/runs")
    @Operation(
            summary = "Start a planning run of the round",
            description = "Runs in the background: answers 202 with the run, still RUNNING. Poll GET /api/runs/{id}."
                    + " Weights are sliders from 0 to 5 (3 = the spec's default); a preset replaces them. With"
                    + " planAhead true, the run plans the round together with the cohort's later rounds whose approved"
                    + " assignments already offer every trainee a place; only this round's placements can become the"
                    + " proposal. Without it, the round is planned alone.")
    ResponseEntity<RunStatus> start(
            @PathVariable long id, @Valid @RequestBody(required = false) StartRun request, Authentication user) {
        StartRun start = request == null ? new StartRun(null, null, null, null, null) : request;
        PlanningRun run = planner.start(
                round(id),
                start.settings(),
                start.timeLimitSeconds() == null ? Planner.DEFAULT_TIME_LIMIT_SECONDS : start.timeLimitSeconds(),
                start.name(),
                user.getName(),
                Boolean.TRUE.equals(start.planAhead()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/runs/" + run.getId()))
                .body(RunStatus.of(run, planner.progress(run.getId()).orElse(null), messages.of(run)));
    }

    @GetMapping("/api/rounds/{id}/runs")
    @Operation(summary = "The runs of the round, newest first")
    @Transactional(readOnly = true)
    List<RunStatus> list(@PathVariable long id) {
        round(id);
        return runs.findByRoundIdOrderByStartedAtDescIdDesc(id).stream()
                .map(r -> RunStatus.of(r, planner.progress(r.getId()).orElse(null), messages.of(r)))
                .toList();
    }

    @PostMapping("/api/runs/{id}/stop")
    @Operation(
            summary = "Ask a running run to stop",
            description = "Whichever server computes it stops at the solver's next step and keeps the best plan so far"
                    + " (status STOPPED). Answers 202 with the run, or 409 when it is not running.")
    ResponseEntity<RunStatus> stop(@PathVariable long id, Authentication user) {
        PlanningRun run = runs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!planner.stop(run, user.getName())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "run " + id + " is not running");
        }
        return ResponseEntity.accepted()
                .body(RunStatus.of(run, planner.progress(id).orElse(null), messages.of(run)));
    }

    @PostMapping("/api/runs/{id}/round-by-round")
    @Operation(
            summary = "What planning round by round costs: carry a run of the round alone forward",
            description = "Starts a run on the instance of run {id}, which must plan ahead, with the round's placements"
                    + " of run {from} (a finished run of the round alone) fixed, so the later rounds are planned after"
                    + " them with the same data and weights. Compare both runs afterwards. Answers 202 with the new"
                    + " run, or 409 when one of the runs does not fit.")
    ResponseEntity<RunStatus> roundByRound(@PathVariable long id, @RequestParam long from, Authentication user) {
        PlanningRun run = planner.startRoundByRound(find(id), find(from), user.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/runs/" + run.getId()))
                .body(RunStatus.of(run, planner.progress(run.getId()).orElse(null), messages.of(run)));
    }

    private PlanningRun find(long id) {
        return runs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/api/runs/{id}")
    @Operation(
            summary = "One run: status, progress while it runs, and its plan (traineeplanner/plan@1) once there is one")
    @Transactional(readOnly = true)
    RunDetails run(@PathVariable long id) {
        PlanningRun run = runs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        JsonNode plan = run.hasPlan() ? json.readTree(run.getPlanJson()) : null;
        return new RunDetails(RunStatus.of(run, planner.progress(id).orElse(null), messages.of(run)), plan);
    }

    @GetMapping(value = "/api/runs/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The run's plan as the engine writes it (traineeplanner/plan@1), to download; 404 without one")
    @Transactional
    ResponseEntity<String> plan(@PathVariable long id, Authentication user) {
        PlanningRun run = runs.findById(id)
                .filter(PlanningRun::hasPlan)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = "plan-run-" + id + ".json";
        exported(
                user,
                run.getRound().getId(),
                name,
                AuditText.of(
                        "audit.count.placements",
                        json.readTree(run.getPlanJson()).path("placements").size()));
        return download(run.getPlanJson(), name);
    }

    @GetMapping(value = "/api/runs/{id}/instance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The instance the run solved, exactly as stored with the run (traineeplanner/instance@1)")
    @Transactional
    ResponseEntity<String> runInstance(@PathVariable long id, Authentication user) {
        PlanningRun run = runs.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String name = "instance-run-" + id + ".json";
        exported(
                user,
                run.getRound().getId(),
                name,
                AuditText.of(
                        "audit.count.trainees",
                        json.readTree(run.getInstanceJson()).path("trainees").size()));
        return download(run.getInstanceJson(), name);
    }

    /** Every planning file that leaves the planner is in the audit trail: who, which file, how many. */
    private void exported(Authentication user, long roundId, String file, String howMany) {
        audit.record(user.getName(), AuditAction.PLANNING_FILE_EXPORTED, roundId, file, howMany);
    }

    private static ResponseEntity<String> download(String json, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json);
    }

    @GetMapping(value = "/api/rounds/{id}/instance", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The round as an engine instance (traineeplanner/instance@1), with today's data and pins")
    @Transactional
    String instance(
            @PathVariable long id,
            @Parameter(description = "weights preset; the spec's defaults when left out")
                    @RequestParam(required = false)
                    WeightPreset preset,
            Authentication user) {
        WeightSettings settings = preset == null ? WeightSettings.standard() : preset.settings();
        Instance instance = instances.forRound(round(id), settings.toWeights());
        exported(
                user,
                id,
                "ronde-" + id + ".json",
                AuditText.of("audit.count.trainees", instance.trainees().size()));
        return InstanceWriter.toJson(instance);
    }

    private Round round(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * What to start: either a preset or the six sliders (missing sliders are 3), a time limit, a name, and whether to
     * plan ahead with the later rounds.
     */
    record StartRun(
            WeightPreset preset,
            @Valid Sliders weights,
            @Min(1) @Max(Planner.MAX_TIME_LIMIT_SECONDS) Integer timeLimitSeconds,
            @Size(max = 100) String name,
            Boolean planAhead) {

        WeightSettings settings() {
            if (preset != null) {
                return preset.settings();
            }
            return weights == null ? WeightSettings.standard() : weights.settings();
        }
    }

    record Sliders(
            @Min(0) @Max(5) Integer traineePreferences,
            @Min(0) @Max(5) Integer hostPreferences,
            @Min(0) @Max(5) Integer travel,
            @Min(0) @Max(5) Integer variety,
            @Min(0) @Max(5) Integer programmes,
            @Min(0) @Max(5) Integer fairness) {

        WeightSettings settings() {
            return new WeightSettings(
                    or3(traineePreferences),
                    or3(hostPreferences),
                    or3(travel),
                    or3(variety),
                    or3(programmes),
                    or3(fairness));
        }

        private static int or3(Integer value) {
            return value == null ? WeightSettings.STANDARD : value;
        }
    }

    /** A run with its plan document. */
    record RunDetails(RunStatus run, JsonNode plan) {}
}
