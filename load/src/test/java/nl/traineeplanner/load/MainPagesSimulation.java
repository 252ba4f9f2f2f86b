package nl.traineeplanner.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 200 people at once over the main pages and the API, every role, each signing in once and then reading a page about
 * every 5 seconds (3 to 7), for three rounds of their pages: 120 trainees, 60 hosts, 20 coordinators, coming in over a
 * minute. Against a planner on 127.0.0.1 (BASE, default http://127.0.0.1:8095) with its demo accounts, the hosts
 * spread over the host users of 20 organisations with {@code -Dhosts=20} (see {@link #HOST_USERS}); stops by itself
 * after about three and a half minutes.
 */
public class MainPagesSimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://127.0.0.1:8095");

    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).pause(Duration.ofSeconds(3), Duration.ofSeconds(7));
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/json")
            .acceptLanguageHeader("nl")
            .userAgentHeader("traineeplanner-load");

    private final ScenarioBuilder trainees = scenario("trainee")
            .exec(SignIn.as("trainee"))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(7))
            .exec(repeat(3).on(page("start page (trainee)", "/my")
                    .exec(page("catalogue", "/assignments"))
                    .exec(page("catalogue filtered", "/assignments?q=data"))
                    .exec(page("profile", "/my/profile"))
                    .exec(page("api: my placements", "/api/my/placements"))));

    /**
     * How many host users of different organisations the hosts sign in as, in turn: 0 (the default) is the demo's
     * {@code host}; with {@code -Dhosts=20}, {@code loadhost01@load.example.org} to {@code loadhost20@…}, as made by
     * {@code load/host-accounts.sh}, with the password {@code -Dpassword} (default Belasting-2026).
     */
    static final int HOST_USERS = Integer.getInteger("hosts", 0);

    static final String HOST_PASSWORD = System.getProperty("password", "Belasting-2026");

    private static final Iterator<Map<String, Object>> HOST_ACCOUNTS = Stream.iterate(0, i -> i + 1)
            .map(i -> HOST_USERS == 0
                    ? Map.<String, Object>of("host", "host", "password", "demo")
                    : Map.<String, Object>of(
                            "host",
                            "loadhost%02d@load.example.org".formatted(i % HOST_USERS + 1),
                            "password",
                            HOST_PASSWORD))
            .iterator();

    private final ScenarioBuilder hosts = scenario("host")
            .feed(HOST_ACCOUNTS)
            .exec(SignIn.as("#{host}", "#{password}"))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(7))
            .exec(repeat(3).on(page("start page (host)", "/host")
                    .exec(page("proposals", "/proposals"))
                    .exec(page("catalogue", "/assignments"))
                    .exec(page("api: proposals", "/api/proposals"))));

    private final ScenarioBuilder coordinators = scenario("coordinator")
            .exec(SignIn.as("coordinator"))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(7))
            .exec(repeat(3).on(page("overview", "/dashboard")
                    .exec(page("rounds", "/rounds"))
                    .exec(page("trainees", "/trainees"))
                    .exec(page("catalogue", "/assignments"))
                    .exec(page("api: assignments", "/api/assignments"))));

    {
        setUp(
                        trainees.injectOpen(rampUsers(120).during(Duration.ofSeconds(60))),
                        hosts.injectOpen(rampUsers(60).during(Duration.ofSeconds(60))),
                        coordinators.injectOpen(rampUsers(20).during(Duration.ofSeconds(60))))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(5))
                .assertions(global().failedRequests().count().is(0L));
    }
}
