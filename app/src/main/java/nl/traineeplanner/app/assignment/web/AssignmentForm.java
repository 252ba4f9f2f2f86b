package nl.traineeplanner.app.assignment.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.round.Round;

/**
 * What the assignment form and the API accept. A mutable bean rather than a record, because Thymeleaf's
 * {@code th:field} binds through getters and setters. Messages are keys in {@code messages*.properties}.
 */
public class AssignmentForm {

    @NotBlank(message = "{assignment.title.required}")
    @Size(max = 200, message = "{assignment.title.size}")
    private String title;

    @NotNull(message = "{assignment.organisation.required}")
    @Positive(message = "{bounds.reference}")
    private Long organisation;

    @NotBlank(message = "{assignment.programme.required}")
    @Size(max = 100, message = "{bounds.text}")
    private String programme;

    @NotBlank(message = "{assignment.domain.required}")
    @Size(max = 100, message = "{bounds.text}")
    private String domain;

    @Size(max = 500, message = "{assignment.themes.size}")
    private String themes;

    @NotBlank(message = "{assignment.context.required}")
    @Size(max = 4000, message = "{assignment.text.size}")
    private String context;

    @NotBlank(message = "{assignment.tasks.required}")
    @Size(max = 4000, message = "{assignment.text.size}")
    private String tasks;

    @NotBlank(message = "{assignment.expectedResult.required}")
    @Size(max = 4000, message = "{assignment.text.size}")
    private String expectedResult;

    @NotBlank(message = "{assignment.municipality.required}")
    @Size(max = 200, message = "{bounds.text}")
    private String municipality;

    @DecimalMin(value = "-90", message = "{assignment.latitude.range}")
    @DecimalMax(value = "90", message = "{assignment.latitude.range}")
    private Double latitude;

    @DecimalMin(value = "-180", message = "{assignment.longitude.range}")
    @DecimalMax(value = "180", message = "{assignment.longitude.range}")
    private Double longitude;

    @NotEmpty(message = "{assignment.rounds.required}")
    @Size(max = 20, message = "{bounds.list}")
    private Set<@Positive(message = "{bounds.reference}") Long> rounds = new LinkedHashSet<>();

    @NotNull(message = "{assignment.capacity.required}")
    @Min(value = 1, message = "{assignment.capacity.min}")
    @Max(value = 20, message = "{assignment.capacity.max}")
    private Integer capacity = 1;

    @NotBlank(message = "{assignment.supervisorName.required}")
    @Size(max = 200, message = "{assignment.supervisorName.size}")
    private String supervisorName;

    @NotBlank(message = "{assignment.supervisorEmail.required}")
    @Email(message = "{assignment.supervisorEmail.invalid}")
    @Size(max = 200, message = "{assignment.supervisorEmail.size}")
    private String supervisorEmail;

    @Min(value = 0, message = "{assignment.unfilledPenalty.min}")
    @Max(value = 10_000, message = "{assignment.unfilledPenalty.max}")
    private Integer unfilledPenalty = 0;

    /** The version the user started from; a different stored version means someone else saved in between. */
    @PositiveOrZero(message = "{bounds.reference}")
    private Long version;

    public static AssignmentForm of(Assignment assignment) {
        AssignmentForm form = new AssignmentForm();
        form.title = assignment.getTitle();
        form.organisation = assignment.getOrganisation().getId();
        form.programme = assignment.getProgramme().getCode();
        form.domain = assignment.getDomain().getCode();
        form.themes = assignment.getThemes();
        form.context = assignment.getContext();
        form.tasks = assignment.getTasks();
        form.expectedResult = assignment.getExpectedResult();
        form.municipality = assignment.getMunicipality().getCode();
        form.latitude = assignment.getLocation().latitude();
        form.longitude = assignment.getLocation().longitude();
        form.rounds =
                assignment.getRounds().stream().map(Round::getId).collect(Collectors.toCollection(LinkedHashSet::new));
        form.capacity = assignment.getCapacity();
        form.supervisorName = assignment.getSupervisor().name();
        form.supervisorEmail = assignment.getSupervisor().email();
        form.unfilledPenalty = assignment.getUnfilledPenalty();
        form.version = assignment.getVersion();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Long organisation) {
        this.organisation = organisation;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Set<Long> getRounds() {
        return rounds;
    }

    public void setRounds(Set<Long> rounds) {
        this.rounds = rounds == null ? new LinkedHashSet<>() : rounds;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public void setSupervisorName(String supervisorName) {
        this.supervisorName = supervisorName;
    }

    public String getSupervisorEmail() {
        return supervisorEmail;
    }

    public void setSupervisorEmail(String supervisorEmail) {
        this.supervisorEmail = supervisorEmail;
    }

    public Integer getUnfilledPenalty() {
        return unfilledPenalty;
    }

    public void setUnfilledPenalty(Integer unfilledPenalty) {
        this.unfilledPenalty = unfilledPenalty;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
