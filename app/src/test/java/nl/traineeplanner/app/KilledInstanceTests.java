package nl.traineeplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instance of the planner is killed while it computes a run, as a crashed machine would be: its process gets no
 * chance to stop cleanly. Another instance on the same PostgreSQL notices that the run's heartbeat stopped, marks the
 * run failed with no plan stored, and frees the round for a new run. The killed instance is a JVM of its own, started
 * from the test's classpath. Skipped where no PostgreSQL answers; CI has one.
 */
@EnabledIf(value = "nl.traineeplanner.app.TwoInstancesTests#postgresIsReachable", disabledReason = "no PostgreSQL")
class KilledInstanceTests {

    private static final String SCHEMA =
            "killed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private ConfigurableApplicationContext survivor;
    private Process doomed;

    @AfterEach
    void stopEverythingAndDropTheSchema() throws SQLException {
        if (doomed != null) {
            doomed.destroyForcibly();
        }
        if (survivor != null) {
            survivor.close();
        }
        try (Connection connection = TestPostgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static ConfigurableApplicationContext startHere() {
        return new SpringApplicationBuilder(TraineeplannerApplication.class)
                .run(PlannerInstances.arguments(SCHEMA, 0).toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    void aRunWhoseInstanceIsKilledIsFailedByAnotherWithNoPlanAndItsRoundIsFreed() throws Exception {
        try (Connection connection = TestPostgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
        }
        // a first instance makes the schema and the demo, takes in a cohort big enough to compute for a while, and
        // stops, so that the instance started next is the only one to take the run
        ConfigurableApplicationContext first = startHere();
        long round;
        try {
            round = importBigCohort(base(first));
        } finally {
            first.close();
        }

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                TraineeplannerApplication.class.getName()));
        command.addAll(PlannerInstances.arguments(SCHEMA, port));
        Path log = Files.createDirectories(Path.of("target")).resolve("killed-instance.log");
        doomed = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String doomedBase = "http://127.0.0.1:" + port;
        await("the second instance answers")
                .atMost(Duration.ofMinutes(2))
                .ignoreExceptions()
                .until(() -> send(HttpRequest.newBuilder(URI.create(doomedBase + "/actuator/health"))
                                        .GET()
                                        .build())
                                .statusCode()
                        == 200);

        HttpResponse<String> started = send(PlannerInstances.api(doomedBase + "/api/rounds/" + round + "/runs")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 120}"))
                .build());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long run = JSON.readTree(started.body()).path("id").asLong();
        await("the run computing on the instance to be killed")
                .atMost(Duration.ofMinutes(1))
                .until(() -> {
                    JsonNode seen = runOn(doomedBase, run);
                    return seen.path("status").asString().equals("RUNNING")
                            && seen.path("progress").path("elapsedMillis").asLong() >= 1000;
                });

        survivor = startHere();
        doomed.destroyForcibly();
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();

        await("another instance notices the run's server died")
                .atMost(Duration.ofMinutes(1))
                .until(() ->
                        !runOn(base(survivor), run).path("status").asString().equals("RUNNING"));
        JsonNode ended = runOn(base(survivor), run);
        assertThat(ended.path("status").asString()).isEqualTo("FAILED");
        assertThat(ended.path("message").asString()).contains("reageerde niet meer");
        assertThat(ended.path("objective").isNull()).as("no plan is stored").isTrue();

        HttpResponse<String> again = send(PlannerInstances.api(base(survivor) + "/api/rounds/" + round + "/runs")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 5}"))
                .build());
        assertThat(again.statusCode())
                .as("the round is free again: " + again.body())
                .isEqualTo(202);
    }

    private long importBigCohort(String base) throws IOException, InterruptedException {
        String instance = InstanceWriter.toJson(InstanceGenerator.generate(2000, 11));
        HttpResponse<String> imported = send(PlannerInstances.api(base + "/api/cohorts?name=Groot")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(instance))
                .build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        for (JsonNode r : JSON.readTree(imported.body()).path("result").path("rounds")) {
            if (r.path("planned").asBoolean()) {
                return r.path("id").asLong();
            }
        }
        throw new AssertionError("no round to plan in " + imported.body());
    }

    private JsonNode runOn(String base, long run) throws IOException, InterruptedException {
        return JSON.readTree(send(PlannerInstances.api(base + "/api/runs/" + run)
                                .GET()
                                .build())
                        .body())
                .path("run");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
