package nl.traineeplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import nl.traineeplanner.engine.io.InstanceWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the planner on one PostgreSQL (profile "cluster"), as behind a load balancer: a user signed in on
 * one is signed in on the other; a run started on one shows its progress on the other and is stopped from it. A
 * fresh schema is made for them and dropped afterwards. Skipped where no PostgreSQL answers, like the persistence
 * tests; CI has one. (A server that dies while computing: {@code KilledInstanceTests}, and {@code PlanningJobsTests}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "postgresIsReachable", disabledReason = "PostgreSQL is not reachable")
class TwoInstancesTests {

    private static final String SCHEMA =
            "two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    static boolean postgresIsReachable() {
        try (Connection connection = TestPostgres.connect()) {
            return connection.isValid(3);
        } catch (SQLException unreachable) {
            return false;
        }
    }

    @BeforeAll
    void startTwoInstances() throws SQLException {
        try (Connection connection = TestPostgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + SCHEMA);
        }
        // one after the other, as a rolling start would: the first makes the schema and the demo data
        first = start();
        second = start();
    }

    @AfterAll
    void stopThemAndDropTheSchema() throws SQLException {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        try (Connection connection = TestPostgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static ConfigurableApplicationContext start() {
        // as command-line arguments, which come before every properties file
        return new SpringApplicationBuilder(TraineeplannerApplication.class)
                .run(PlannerInstances.arguments(SCHEMA, 0).toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    void aUserSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = browser.send(get(base(first) + "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login form has its CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base(first) + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));

        // the load balancer sends the next request to the other instance
        HttpResponse<String> elsewhere =
                browser.send(get(base(second) + "/dashboard"), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.body()).contains("Overzicht");
    }

    @Test
    void aRunStartedOnOneInstanceShowsItsProgressOnTheOtherAndIsStoppedFromIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // a cohort big enough that its run is still computing after a few seconds (a round of 300 can be done in
        // half a second)
        String instance = InstanceWriter.toJson(InstanceGenerator.generate(2000, 7));
        HttpResponse<String> imported = client.send(
                PlannerInstances.api(base(first) + "/api/cohorts?name=Groot")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(instance))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long round = -1;
        for (JsonNode r : JSON.readTree(imported.body()).path("result").path("rounds")) {
            if (r.path("planned").asBoolean()) {
                round = r.path("id").asLong();
                break;
            }
        }
        HttpResponse<String> started = client.send(
                PlannerInstances.api(base(first) + "/api/rounds/" + round + "/runs")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 120}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long run = JSON.readTree(started.body()).path("id").asLong();

        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonNode seen = runOn(client, second, run);
            return seen.path("status").asString().equals("RUNNING")
                    && seen.path("progress").path("elapsedMillis").asLong() >= 1000;
        });

        HttpResponse<String> stop = client.send(
                PlannerInstances.api(base(second) + "/api/runs/" + run + "/stop")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        !runOn(client, first, run).path("status").asString().equals("RUNNING"));
        JsonNode ended = runOn(client, first, run);
        assertThat(ended.path("status").asString()).isEqualTo("STOPPED");
        assertThat(ended.path("objective").isNumber())
                .as("the best plan so far is kept")
                .isTrue();
    }

    private static JsonNode runOn(HttpClient client, ConfigurableApplicationContext instance, long run)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(
                PlannerInstances.api(base(instance) + "/api/runs/" + run).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).path("run");
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }
}
