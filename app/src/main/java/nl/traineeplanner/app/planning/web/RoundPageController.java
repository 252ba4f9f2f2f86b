package nl.traineeplanner.app.planning.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.message.MailDelivery;
import nl.traineeplanner.app.placement.HumanReviewRequestRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.planning.Planner;
import nl.traineeplanner.app.planning.PlanningRefusal;
import nl.traineeplanner.app.planning.PlanningRun;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.planning.RoundStep;
import nl.traineeplanner.app.planning.WeightPreset;
import nl.traineeplanner.app.planning.WeightSettings;
import nl.traineeplanner.app.round.ChoiceLimits;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's round pages: the rounds of the cohort, and per round its cycle, its runs, the current proposal
 * with pins, and the audit trail. Every change is a form POST (with CSRF) that redirects back with a message.
 */
@Controller
class RoundPageController {

    private static final Set<AuditAction> MAIL_OUTCOMES =
            EnumSet.of(AuditAction.MAIL_SENT, AuditAction.MAIL_FAILED, AuditAction.MAIL_OFF);

    private final RoundRepository rounds;
    private final PlanningRunRepository runs;
    private final PlacementRepository placements;
    private final AuditTrail audit;
    private final Planner planner;
    private final RoundInstances instances;
    private final RoundDecisions decisions;
    private final RefusalMessages messages;
    private final MailDelivery mail;

    private final Clock clock;
    private final HumanReviewRequestRepository reviewRequests;
    private final nl.traineeplanner.app.audit.AuditReader auditReader;

    RoundPageController(
            RoundRepository rounds,
            PlanningRunRepository runs,
            PlacementRepository placements,
            AuditTrail audit,
            Planner planner,
            RoundDecisions decisions,
            RefusalMessages messages,
            MailDelivery mail,
            Clock clock,
            HumanReviewRequestRepository reviewRequests,
            RoundInstances instances,
            nl.traineeplanner.app.audit.AuditReader auditReader) {
        this.instances = instances;
        this.reviewRequests = reviewRequests;
        this.auditReader = auditReader;
        this.clock = clock;
        this.rounds = rounds;
        this.runs = runs;
        this.placements = placements;
        this.audit = audit;
        this.planner = planner;
        this.decisions = decisions;
        this.messages = messages;
        this.mail = mail;
    }

    @GetMapping("/rounds")
    String list(Model model) {
        List<Round> all = rounds.findAllByOrderByStartDate();
        model.addAttribute("rounds", all);
        // every cohort with rounds: its data can be imported from Excel, its catalogue downloaded
        model.addAttribute(
                "cohorts", all.stream().map(Round::getCohort).distinct().toList());
        // the cohorts with a published round, whose plan the coordinator can download as an Excel file
        model.addAttribute(
                "publishedCohorts",
                all.stream()
                        .filter(r -> r.getStatus().compareTo(RoundStatus.PUBLISHED) >= 0)
                        .map(Round::getCohort)
                        .distinct()
                        .toList());
        return "planning/rounds";
    }

    @GetMapping("/rounds/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) WeightPreset preset, Model model) {
        Round round = find(id);
        List<Round> ahead = round.isOpenForPlanning() ? instances.laterRoundsKnown(round) : List.of();
        model.addAttribute("aheadRounds", ahead);
        if (!model.containsAttribute("weightForm")) {
            WeightSettings settings = preset == null ? WeightSettings.standard() : preset.settings();
            WeightForm form = WeightForm.of(settings);
            // planning ahead is the default wherever there is a later round to look ahead to
            form.setPlanAhead(!ahead.isEmpty());
            model.addAttribute("weightForm", form);
        }
        return page(round, model);
    }

    /**
     * The round's settings for trainees and hosts: the number of choices and the hosts' ranking deadline, which lies
     * between the preferences deadline and the start of the round. Every wrong field is named; nothing is half saved.
     */
    @PostMapping("/rounds/{id}/choices")
    String choices(
            @PathVariable long id,
            @Valid @ModelAttribute ChoicesForm choicesForm,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        Round round = find(id);
        if (!errors.hasFieldErrors("minChoices")
                && !errors.hasFieldErrors("maxChoices")
                && choicesForm.getMinChoices() > choicesForm.getMaxChoices()) {
            errors.rejectValue("maxChoices", "choices.invalid.maxBelowMin");
        }
        LocalDate deadline = choicesForm.getHostRankingDeadline();
        if (deadline != null
                && (deadline.isBefore(round.getPreferencesDeadline()) || !deadline.isBefore(round.getStartDate()))) {
            errors.rejectValue("hostRankingDeadline", "choices.invalid.deadline");
        }
        if (errors.hasErrors()) {
            return page(round, model);
        }
        RoundPeriod dates = round.getPeriod();
        round.reschedule(new RoundPeriod(
                dates.start(), dates.end(), dates.intakeDeadline(), dates.preferencesDeadline(), deadline));
        round.limitChoices(new ChoiceLimits(choicesForm.getMinChoices(), choicesForm.getMaxChoices()));
        rounds.save(round);
        audit.record(
                user.getName(),
                AuditAction.ROUND_SETTINGS_CHANGED,
                round.getId(),
                AuditText.of(
                        "choices.audit", choicesForm.getMinChoices(), choicesForm.getMaxChoices(), deadline.toString()),
                null);
        redirect.addFlashAttribute("done", messages.text("choices.saved", round.getName()));
        return "redirect:/rounds/" + id;
    }

    private String page(Round round, Model model) {
        model.addAttribute("round", round);
        if (!model.containsAttribute("choicesForm")) {
            model.addAttribute("choicesForm", ChoicesForm.of(round));
        }
        if (!model.containsAttribute("weightForm")) {
            model.addAttribute("weightForm", WeightForm.of(WeightSettings.standard()));
        }
        model.addAttribute("presets", WeightPreset.values());
        if (!model.containsAttribute("aheadRounds")) {
            model.addAttribute(
                    "aheadRounds", round.isOpenForPlanning() ? instances.laterRoundsKnown(round) : List.of());
        }
        model.addAttribute("deadlinePassed", round.preferencesDeadlinePassed(LocalDate.now(clock)));
        var roundRuns = runs.findByRoundIdOrderByStartedAtDescIdDesc(round.getId());
        model.addAttribute("runs", roundRuns);
        model.addAttribute(
                "currentRunId",
                roundRuns.stream()
                        .filter(r -> r.getAcceptedAt() != null)
                        .max(Comparator.comparing(PlanningRun::getAcceptedAt))
                        .map(PlanningRun::getId)
                        .orElse(null));
        model.addAttribute("activeRun", planner.activeRun(round.getId()).orElse(null));
        model.addAttribute(
                "proposal",
                placements.findByRoundId(round.getId()).stream()
                        .sorted(Comparator.comparing(p -> p.getTrainee().getName()))
                        .toList());
        List<AuditEvent> trail = audit.findByRoundIdOrderByOccurredAtDescIdDesc(round.getId());
        model.addAttribute("audit", trail);
        model.addAttribute(
                "auditNamed",
                auditReader.read(trail, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("mailEnabled", mail.isEnabled());
        model.addAttribute("reviewRequests", reviewRequests.findByPlacementRoundIdOrderByRequestedAt(round.getId()));
        model.addAttribute("mailUnsent", mail.unsent(round.getId()));
        model.addAttribute(
                "mailOutcome",
                trail.stream()
                        .filter(e -> MAIL_OUTCOMES.contains(e.getAction()))
                        .findFirst()
                        .orElse(null));
        return "planning/round";
    }

    @PostMapping("/rounds/{id}/runs")
    String startRun(
            @PathVariable long id,
            @Valid @ModelAttribute WeightForm weightForm,
            BindingResult errors,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        Round round = find(id);
        if (errors.hasErrors()) {
            model.addAttribute("refusal", messages.text("run.form.invalid"));
            return page(round, model);
        }
        try {
            PlanningRun run = planner.start(
                    round,
                    weightForm.settings(),
                    weightForm.getTimeLimitSeconds(),
                    weightForm.getName(),
                    user.getName(),
                    weightForm.isPlanAhead());
            return "redirect:/runs/" + run.getId();
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
            return "redirect:/rounds/" + id;
        }
    }

    /** "Opnieuw plannen rond mijn vastzettingen": a new run with the weights of the accepted one, pins included. */
    @PostMapping("/rounds/{id}/replan")
    String replan(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        Round round = find(id);
        PlanningRun accepted = runs.findByRoundIdOrderByStartedAtDescIdDesc(id).stream()
                .filter(r -> r.getAcceptedAt() != null)
                .max(Comparator.comparing(PlanningRun::getAcceptedAt))
                .orElse(null);
        WeightSettings weights = accepted == null ? WeightSettings.standard() : accepted.getWeights();
        int limit = accepted == null ? Planner.DEFAULT_TIME_LIMIT_SECONDS : accepted.getTimeLimitSeconds();
        try {
            PlanningRun run = planner.start(
                    round,
                    weights,
                    limit,
                    messages.text("run.replan.name"),
                    user.getName(),
                    accepted != null && accepted.isPlannedAhead());
            return "redirect:/runs/" + run.getId();
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
            return "redirect:/rounds/" + id;
        }
    }

    @PostMapping("/rounds/{id}/steps")
    String step(
            @PathVariable long id,
            @RequestParam RoundStep step,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirm,
            Authentication user,
            RedirectAttributes redirect) {
        Round round = find(id);
        if (step == RoundStep.PUBLISH && !confirm) {
            // publishing cannot be undone: the coordinator confirms it in so many words
            redirect.addFlashAttribute("refusal", messages.text("cycle.publish.notConfirmed"));
            return "redirect:/rounds/" + id;
        }
        try {
            decisions.step(round, step, reason, confirm, user.getName());
            redirect.addFlashAttribute("done", messages.text("step.done." + step.name(), round.getName()));
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
        }
        return "redirect:/rounds/" + id;
    }

    /** Sends the e-mails of a published round that did not go out, once the mail server works (again). */
    @PostMapping("/rounds/{id}/mails")
    String sendMailsAgain(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        Round round = find(id);
        if (!mail.isEnabled()) {
            redirect.addFlashAttribute("refusal", messages.text("mail.off"));
        } else {
            redirect.addFlashAttribute(
                    "done", messages.text("mail.again.done", mail.sendAgain(round.getId(), user.getName())));
        }
        return "redirect:/rounds/" + id + "#mail-heading";
    }

    @PostMapping("/placements/{id}/pin")
    String pin(
            @PathVariable long id,
            @RequestParam(required = false) String back,
            Authentication user,
            RedirectAttributes redirect) {
        Placement placement = placement(id);
        try {
            decisions.pin(placement, user.getName());
            redirect.addFlashAttribute(
                    "done", messages.text("pin.done", placement.getTrainee().getName()));
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
        }
        return back(placement, back);
    }

    @PostMapping("/placements/{id}/unpin")
    String unpin(
            @PathVariable long id,
            @RequestParam(required = false) String back,
            Authentication user,
            RedirectAttributes redirect) {
        Placement placement = placement(id);
        try {
            decisions.unpin(placement, user.getName());
            redirect.addFlashAttribute(
                    "done", messages.text("unpin.done", placement.getTrainee().getName()));
        } catch (PlanningRefusal refusal) {
            redirect.addFlashAttribute("refusal", messages.explain(refusal));
        }
        return back(placement, back);
    }

    /** Back to where the coordinator pinned: the proposal's board, or the round page. */
    private static String back(Placement placement, String back) {
        long round = placement.getRound().getId();
        return "proposal".equals(back)
                ? "redirect:/rounds/" + round + "/proposal#trainee-"
                        + placement.getTrainee().getId()
                : "redirect:/rounds/" + round + "#proposal";
    }

    private Round find(long id) {
        return rounds.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Placement placement(long id) {
        return placements.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
