package nl.traineeplanner.app;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Instances of the planner on one PostgreSQL schema, for tests of several instances, and how to call their API. */
final class PlannerInstances {

    private PlannerInstances() {}

    /** The command line of an instance in profiles "demo" and "cluster" on this schema; port 0 for any free one. */
    static List<String> arguments(String schema, int port) {
        return List.of(
                "--spring.profiles.active=demo,cluster",
                "--server.port=" + port,
                "--spring.datasource.url=" + TestPostgres.inSchema(schema),
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=" + TestPostgres.PASSWORD,
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--traineeplanner.planner.warm-up=false",
                "--traineeplanner.demo.earlier-cohort=false");
    }

    /** A JSON API request as the demo coordinator, with HTTP Basic. */
    static HttpRequest.Builder api(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("coordinator:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }
}
