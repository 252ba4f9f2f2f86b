package nl.traineeplanner.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
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
}
