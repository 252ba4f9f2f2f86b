package nl.traineeplanner.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.StandardEnvironment;

class DemoDataLoaderProfileTests {

    private static boolean loadsWith(String... activeProfiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setDefaultProfiles("demo");
        environment.setActiveProfiles(activeProfiles);
        String[] guard = DemoDataLoader.class.getAnnotation(Profile.class).value();
        return environment.acceptsProfiles(Profiles.of(guard));
    }

    @Test
    void loadsInTheDefaultProfile() {
        assertThat(loadsWith()).isTrue();
    }

    @Test
    void loadsOnPostgresWhenDemoIsAskedFor() {
        assertThat(loadsWith("postgres", "demo")).isTrue();
    }

    @Test
    void neverLoadsInProduction() {
        assertThat(loadsWith("prod")).isFalse();
        assertThat(loadsWith("postgres", "prod")).isFalse();
        assertThat(loadsWith("demo", "prod")).isFalse();
    }
}
