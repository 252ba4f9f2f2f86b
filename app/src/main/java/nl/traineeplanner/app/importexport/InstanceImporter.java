package nl.traineeplanner.app.importexport;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.traineeplanner.app.assignment.Programme;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.enginedata.CohortImport;
import nl.traineeplanner.app.enginedata.CohortWriter;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.io.InstanceReader;
import nl.traineeplanner.engine.io.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an engine instance ({@code traineeplanner/instance@1}) as a new cohort: its rounds, organisations,
 * approved assignments, trainees with their preferences, host rankings, history and pins. The file is checked in full
 * first — by the engine's own reader, then for what the application needs besides — and refused with every problem
 * named when anything is wrong; the import is one transaction, so a refused or failed import stores nothing.
 *
 * <p>The file's ids only link its items to each other: trainees, assignments and rounds get new ids in the
 * application (the result maps them), so they never clash with stored data. Organisations are the exception: they are
 * shared between cohorts and matched by code, and a stored organisation takes over the file's name and place.
 */
@Component
public class InstanceImporter {

    private final CohortRepository cohorts;
    private final ReferenceDataRepository referenceData;
    private final OrganisationRepository organisations;
    private final CohortWriter writer;

    InstanceImporter(
            CohortRepository cohorts,
            ReferenceDataRepository referenceData,
            OrganisationRepository organisations,
            CohortWriter writer) {
        this.cohorts = cohorts;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.writer = writer;
    }

    /**
     * Stores the instance as a new cohort with this name.
     *
     * @throws ImportRefusal with every problem found, when the file or the name is not acceptable; nothing is stored
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM')")
    public CohortImport importCohort(String cohortName, String json, String file, String username) {
        Instance instance;
        try {
            instance = InstanceReader.read(json, file);
        } catch (InvalidInputException invalid) {
            throw new ImportRefusal(
                    invalid.problems().stream().map(ImportProblem::ofEngine).toList());
        }
        Set<String> programmes = referenceData.programmes().stream()
                .map(Programme::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> stored =
                organisations.findAll().stream().map(Organisation::getCode).collect(Collectors.toSet());
        boolean taken =
                cohortName != null && cohorts.findByName(cohortName.strip()).isPresent();
        List<ImportProblem> problems = ImportChecks.check(instance, file, cohortName, taken, programmes, stored);
        if (!problems.isEmpty()) {
            throw new ImportRefusal(problems);
        }
        return writer.write(instance, cohortName, file, username);
    }
}
