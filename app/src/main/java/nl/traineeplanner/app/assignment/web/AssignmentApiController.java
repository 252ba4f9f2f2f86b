package nl.traineeplanner.app.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentFilter;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.system.JsonApi;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@JsonApi
@RequestMapping("/api/assignments")
@Tag(name = "Assignments", description = "The assignment catalogue (approved assignments) and its upkeep")
class AssignmentApiController {

    private final AssignmentRepository assignments;
    private final AssignmentForms forms;

    AssignmentApiController(AssignmentRepository assignments, AssignmentForms forms) {
        this.assignments = assignments;
        this.forms = forms;
    }

    @GetMapping
    @Operation(
            summary = "Approved assignments that pass the given filters, by title, a page at a time",
            description =
                    "At most `size` (default 100, at most 500) from page `page` (from 0). The header X-Total-Count"
                            + " gives how many pass the filters in all; Link gives the next page while there is one.")
    @Transactional(readOnly = true)
    ResponseEntity<List<AssignmentJson.Summary>> list(
            @Parameter(description = "round id") @RequestParam(required = false) Long round,
            @Parameter(description = "policy domain code") @RequestParam(required = false) String domain,
            @Parameter(description = "programme code: tvg or npg") @RequestParam(required = false) String programme,
            @Parameter(description = "CBS code of the municipality, e.g. GM0014") @RequestParam(required = false)
                    String municipality,
            @Parameter(description = "text searched in title, context, tasks and expected result")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "assignments per page, 1 to 500")
                    @RequestParam(defaultValue = "100")
                    @Min(1)
                    @Max(500)
                    int size) {
        AssignmentFilter filter = new AssignmentFilter(round, domain, programme, municipality, q);
        Page<Assignment> found = assignments.findAll(filter.approved(), AssignmentFilter.page(page, size));
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().header("X-Total-Count", String.valueOf(found.getTotalElements()));
        if (found.hasNext()) {
            answer.header(
                    HttpHeaders.LINK,
                    "<"
                            + ServletUriComponentsBuilder.fromCurrentRequest()
                                    .replaceQueryParam("page", page + 1)
                                    .toUriString()
                            + ">; rel=\"next\"");
        }
        return answer.body(
                found.getContent().stream().map(AssignmentJson.Summary::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One approved assignment")
    @Transactional(readOnly = true)
    AssignmentJson.Details detail(@PathVariable long id) {
        return assignments
                .findById(id)
                .filter(a -> a.getStatus() == AssignmentStatus.APPROVED)
                .map(AssignmentJson.Details::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping
    @Operation(summary = "Add an approved assignment (coordinator only)")
    @Transactional
    ResponseEntity<AssignmentJson.Details> create(@Valid @RequestBody AssignmentForm form, BindingResult errors)
            throws BindException {
        AssignmentForms.Resolved resolved = forms.resolve(form, errors).orElseThrow(() -> new BindException(errors));
        Assignment assignment = new Assignment(resolved.organisation(), resolved.content());
        assignment.submit();
        assignment.approve();
        assignments.saveAndFlush(assignment);
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(assignment.getId())
                .toUri();
        return ResponseEntity.created(location).body(AssignmentJson.Details.of(assignment));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an assignment (coordinator only); send the version you read")
    @Transactional
    AssignmentJson.Details update(@PathVariable long id, @Valid @RequestBody AssignmentForm form, BindingResult errors)
            throws BindException {
        Assignment assignment =
                assignments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (form.getVersion() != null && form.getVersion() != assignment.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Assignment.class, id);
        }
        AssignmentForms.Resolved resolved =
                forms.resolveChange(assignment, form, errors).orElseThrow(() -> new BindException(errors));
        assignment.changeHost(resolved.organisation());
        assignment.revise(resolved.content());
        assignments.flush();
        return AssignmentJson.Details.of(assignment);
    }
}
