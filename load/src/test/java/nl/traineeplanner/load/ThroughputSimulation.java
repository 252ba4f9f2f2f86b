package nl.traineeplanner.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * How many requests a second the planner serves with no think time, in one run: 20 clients asking the login page
 * again and again for 30 seconds, and after them 20 signed-in clients asking the catalogue for 30 seconds. The target
 * is a catalogue throughput of at least a quarter of the login page's.
 */
public class ThroughputSimulation extends Simulation {

    private final HttpProtocolBuilder protocol =
            http.baseUrl(MainPagesSimulation.BASE).acceptHeader("text/html").acceptLanguageHeader("nl");

    private final ScenarioBuilder login = scenario("login page")
            .exec(during(Duration.ofSeconds(30)).on(exec(http("login page").get("/login").check(status().is(200)))));

    private final ScenarioBuilder catalogue = scenario("catalogue")
            .exec(SignIn.as("trainee"))
            .exec(during(Duration.ofSeconds(30)).on(exec(http("catalogue").get("/assignments").check(status().is(200)))));

    {
        setUp(
                        login.injectOpen(atOnceUsers(20))
                                .andThen(catalogue.injectOpen(atOnceUsers(20))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(120));
    }
}
