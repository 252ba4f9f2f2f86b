package nl.traineeplanner.app.assignment.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.AssignmentContent.Supervisor;
import nl.traineeplanner.app.assignment.AssignmentsInUse;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.Programme;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Turns a form that passed bean validation into domain values, looking up what it refers to. An unknown reference
 * becomes a field error, so the page and the API report it like any other invalid input.
 */
@Component
class AssignmentForms {

    private final OrganisationRepository organisations;
    private final MunicipalityRepository municipalities;
    private final ReferenceDataRepository referenceData;
    private final RoundRepository rounds;
    private final AssignmentsInUse inUse;

    AssignmentForms(
            OrganisationRepository organisations,
            MunicipalityRepository municipalities,
            ReferenceDataRepository referenceData,
            RoundRepository rounds,
            AssignmentsInUse inUse) {
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.rounds = rounds;
        this.inUse = inUse;
    }

    /**
     * A change of an existing assignment: as {@link #resolve}, and the host organisation stays once the assignment is
     * in use (trainees placed at it, or candidates ranked by its host): the other organisation's hosts would see those
     * trainees and their evaluations, and its own hosts would lose them.
     */
    Optional<Resolved> resolveChange(Assignment assignment, AssignmentForm form, Errors errors) {
        Optional<Resolved> resolved = resolve(form, errors);
        if (resolved.isPresent()
                && !resolved.get()
                        .organisation()
                        .getId()
                        .equals(assignment.getOrganisation().getId())
                && inUse.inUse(assignment.getId())) {
            errors.rejectValue("organisation", "assignment.organisation.inUse");
            return Optional.empty();
        }
        return resolved;
    }

    /** The organisation and content the form describes, or empty with the reasons recorded in {@code errors}. */
    Optional<Resolved> resolve(AssignmentForm form, Errors errors) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Optional<Organisation> organisation = organisations.findById(form.getOrganisation());
        Optional<Programme> programme = referenceData.programme(form.getProgramme());
        Optional<PolicyDomain> domain = referenceData.domain(form.getDomain());
        Optional<Municipality> municipality = municipalities.findById(form.getMunicipality());
        Set<Round> offeredIn = new HashSet<>(rounds.findAllById(form.getRounds()));
        if (organisation.isEmpty()) {
            errors.rejectValue("organisation", "assignment.organisation.unknown");
        }
        if (programme.isEmpty()) {
            errors.rejectValue("programme", "assignment.programme.unknown");
        }
        if (domain.isEmpty()) {
            errors.rejectValue("domain", "assignment.domain.unknown");
        }
        if (municipality.isEmpty()) {
            errors.rejectValue("municipality", "assignment.municipality.unknown");
        }
        if (offeredIn.size() != form.getRounds().size()) {
            errors.rejectValue("rounds", "assignment.rounds.unknown");
        }
        if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
            errors.rejectValue("longitude", "assignment.location.incomplete");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        GeoPoint location = form.getLatitude() == null
                ? municipality.get().centre()
                : new GeoPoint(form.getLatitude(), form.getLongitude());
        AssignmentContent content = new AssignmentContent(
                form.getTitle().strip(),
                programme.get(),
                domain.get(),
                blankToNull(form.getThemes()),
                form.getContext().strip(),
                form.getTasks().strip(),
                form.getExpectedResult().strip(),
                municipality.get(),
                location,
                offeredIn,
                form.getCapacity(),
                new Supervisor(
                        form.getSupervisorName().strip(),
                        form.getSupervisorEmail().strip()),
                form.getUnfilledPenalty() == null ? 0 : form.getUnfilledPenalty());
        return Optional.of(new Resolved(organisation.get(), content));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Resolved(Organisation organisation, AssignmentContent content) {}
}
