package nl.traineeplanner.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package-by-feature structure honest. Plain JUnit tests on ArchUnit's core library, because the
 * archunit-junit5 engine does not run on the JUnit Platform 6 of Spring Boot 4.
 */
class ArchitectureTests {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.traineeplanner.app");

    @Test
    void entitiesDoNotDependOnTheWeb() {
        noClasses()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..web..", "org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..")
                .check(APP);
    }

    @Test
    void onlyWebPackagesAndSystemUseTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..", "nl.traineeplanner.app.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..app.*.web..", "org.springframework.web.servlet..", "jakarta.servlet..")
                .check(APP);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.traineeplanner.app.(*)..")
                .should()
                .beFreeOfCycles()
                .check(APP);
    }

    @Test
    void systemDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("nl.traineeplanner.app.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "nl.traineeplanner.app.organisation..",
                        "nl.traineeplanner.app.assignment..",
                        "nl.traineeplanner.app.round..",
                        "nl.traineeplanner.app.trainee..",
                        "nl.traineeplanner.app.placement..",
                        "nl.traineeplanner.app.account..",
                        "nl.traineeplanner.app.planning..",
                        "nl.traineeplanner.app.audit..",
                        "nl.traineeplanner.app.message..",
                        "nl.traineeplanner.app.enginedata..",
                        "nl.traineeplanner.app.demo..")
                .check(APP);
    }

    @Test
    void theAuditTrailDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("nl.traineeplanner.app.audit..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.traineeplanner.app..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("nl.traineeplanner.app.audit..")))
                .check(APP);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.traineeplanner.app.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.traineeplanner.app.demo..")
                .check(APP);
    }

    /** The engine's records of an instance; several share their name with an entity of the application. */
    private static final Set<String> ENGINE_RECORDS = Set.of(
            Instance.class.getName(),
            Round.class.getName(),
            Organisation.class.getName(),
            Assignment.class.getName(),
            Trainee.class.getName(),
            HistoryEntry.class.getName(),
            HostPreference.class.getName(),
            Placement.class.getName());

    private static final String ENGINE_DATA = "nl.traineeplanner.app.enginedata..";

    @Test
    void onlyTheEngineDataPackageMakesEngineRecords() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ENGINE_DATA)
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "a record of the engine's instance (convert entities in nl.traineeplanner.app.enginedata)",
                        (JavaConstructorCall call) ->
                                ENGINE_RECORDS.contains(call.getTargetOwner().getName())))
                .check(APP);
    }

    /**
     * Outside the engine data package no source file needs the engine's types written out in full: where an entity and
     * an engine record share a name, only that package meets both.
     */
    @Test
    void appCodeNamesNoEngineTypeInFull() throws IOException {
        Path sources = Path.of("src", "main", "java");
        Path engineData = sources.resolve(Path.of("nl", "traineeplanner", "app", "enginedata"));
        Pattern inFull = Pattern.compile("nl\\.traineeplanner\\.engine\\.[A-Z]");
        List<String> found;
        try (Stream<Path> files = Files.walk(sources)) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(engineData))
                    .flatMap(f -> lines(f).stream()
                            .filter(line -> !line.startsWith("import ")
                                    && inFull.matcher(line).find())
                            .map(line -> sources.relativize(f) + ": " + line.strip()))
                    .toList();
        }
        assertThat(found).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
