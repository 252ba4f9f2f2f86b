package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.organisation.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the planner, taken from the MVC mappings (so a new one is covered, or this test says it has no
 * rule), tried by every kind of user: anonymous, the coordinator, a host and the host of another organisation, a
 * trainee and another trainee. Whoever the rule below does not name must be refused (401, 403, 404 or the login
 * page), also for an object of another organisation or trainee; whoever it names may read the page. Changes are only
 * tried by those who must be refused, so the demo stays as it is (and the test is rolled back in any case).
 *
 * <p>The rules are written here, apart from the security configuration, on purpose: they say what should be, so that
 * a rule dropped from the configuration (or an object check dropped from a service) shows as a failure.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-earlier;DB_CLOSE_DELAY=-1",
            "traineeplanner.demo.earlier-cohort=true"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Transactional
class AuthorisationMatrixTests {

    /**
     * Who tries: the trainee is Lotte Hendriks (placed, with evaluations); the host is a new account of the
     * organisation she is placed with, the other host a demo host of another organisation.
     */
    enum Who {
        ANONYMOUS,
        COORDINATOR,
        HOST,
        OTHER_HOST,
        TRAINEE,
        OTHER_TRAINEE
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> COORDINATOR = EnumSet.of(Who.COORDINATOR);
    private static final Set<Who> HOSTS = EnumSet.of(Who.HOST, Who.OTHER_HOST);
    private static final Set<Who> THIS_HOST = EnumSet.of(Who.HOST);
    private static final Set<Who> TRAINEES = EnumSet.of(Who.TRAINEE, Who.OTHER_TRAINEE);
    private static final Set<Who> THIS_TRAINEE = EnumSet.of(Who.TRAINEE);

    /** A rule: method (or "*") and path pattern of the mapping, and who may use it. The first rule that fits counts. */
    private record Rule(String method, String pattern, Set<Who> allowed) {

        boolean fits(String method, String path) {
            return (this.method.equals("*") || this.method.equals(method)) && PATHS.match(pattern, path);
        }
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private static final List<Rule> RULES = List.of(
            // open to all: signing in, setting a password, the statements
            rule("/login", EVERYONE),
            // the second step of signing in: only after the password, and only for a sign-in that must give a code
            rule("/login/totp", SIGNED_IN),
            rule("/about", EVERYONE),
            rule("/privacy", EVERYONE),
            rule("/accessibility", EVERYONE),
            rule("/password/**", EVERYONE),
            // everyone signed in: start page, own account, own messages, the catalogue of approved assignments
            rule("/", SIGNED_IN),
            rule("/account", SIGNED_IN),
            // personal API tokens: one's own only (the service finds no other account's token to revoke)
            rule("POST", "/account/api-tokens", SIGNED_IN),
            rule("POST", "/account/api-tokens/{id}/revoke", SIGNED_IN),
            rule("/account/**", SIGNED_IN),
            rule("/messages", SIGNED_IN),
            rule("POST", "/messages/read", SIGNED_IN),
            rule("/messages/{id}", THIS_TRAINEE),
            rule("/messages/{id}/read", THIS_TRAINEE),
            rule("/assignments/new", COORDINATOR),
            rule("/assignments/review", COORDINATOR),
            rule("GET", "/assignments", SIGNED_IN),
            rule("GET", "/assignments/{id}", SIGNED_IN),
            rule("GET", "/api/assignments", SIGNED_IN),
            rule("GET", "/api/assignments/{id}", SIGNED_IN),
            // the coordinator's work
            rule("/dashboard", COORDINATOR),
            rule("/assignments/**", COORDINATOR),
            rule("/assignments", COORDINATOR),
            rule("/api/assignments/**", COORDINATOR),
            rule("/api/assignments", COORDINATOR),
            rule("/audit", COORDINATOR),
            rule("/audit.csv", COORDINATOR),
            // another programme coordinator is invited by a coordinator only
            rule("POST", "/accounts/coordinators", COORDINATOR),
            rule("POST", "/api/accounts/coordinators", COORDINATOR),
            rule("/accounts/**", COORDINATOR),
            rule("/accounts", COORDINATOR),
            rule("/api/accounts/**", COORDINATOR),
            rule("/api/accounts", COORDINATOR),
            rule("/trainees/**", COORDINATOR),
            rule("/trainees", COORDINATOR),
            rule("/api/trainees/**", COORDINATOR),
            rule("/api/trainees", COORDINATOR),
            rule("/rounds/**", COORDINATOR),
            rule("/rounds", COORDINATOR),
            rule("/api/rounds/**", COORDINATOR),
            rule("/runs/**", COORDINATOR),
            rule("/api/runs/**", COORDINATOR),
            rule("/placements/**", COORDINATOR),
            rule("GET", "/cohorts/{id}/plan.xlsx", COORDINATOR),
            rule("GET", "/api/cohorts/{id}/plan.xlsx", COORDINATOR),
            rule("GET", "/cohorts/{id}/catalogue.xlsx", COORDINATOR),
            rule("GET", "/api/cohorts/{id}/catalogue.xlsx", COORDINATOR),
            rule("/cohorts/{id}/imports", COORDINATOR),
            rule("/cohorts/{id}/imports/**", COORDINATOR),
            rule("/api/cohorts/{id}/imports/**", COORDINATOR),
            rule("/cohorts/**", COORDINATOR),
            rule("/api/cohorts/**", COORDINATOR),
            rule("/api/cohorts", COORDINATOR),
            rule("/evaluations/**", COORDINATOR),
            rule("/evaluations", COORDINATOR),
            rule("/api/evaluations/**", COORDINATOR),
            rule("/api/evaluations", COORDINATOR),
            rule("/v3/api-docs/**", COORDINATOR),
            rule("/v3/api-docs", COORDINATOR),
            rule("/v3/api-docs.yaml", COORDINATOR),
            rule("/swagger-ui.html", COORDINATOR),
            // hosts: their own proposals, candidates and evaluations
            rule("/host", HOSTS),
            rule("GET", "/host/evaluations", HOSTS),
            rule("/host/calendar.ics", HOSTS),
            rule("/api/host/calendar.ics", HOSTS),
            rule("/host/evaluations/{id}", THIS_HOST),
            rule("/host/assignments/{id}/**", THIS_HOST),
            rule("GET", "/api/host/evaluations", HOSTS),
            rule("/api/host/evaluations/{id}", THIS_HOST),
            rule("/api/host/assignments/{id}/**", THIS_HOST),
            rule("/proposals", HOSTS),
            rule("/proposals/new", HOSTS),
            rule("/proposals/{id}/**", THIS_HOST),
            rule("/api/proposals", HOSTS),
            rule("/api/proposals/{id}/**", THIS_HOST),
            rule("/api/proposals/{id}", THIS_HOST),
            // trainees: their own profile, lists, placements and evaluations
            rule("/my", TRAINEES),
            rule("/my/profile", TRAINEES),
            rule("/my/data", TRAINEES),
            rule("/my/calendar.ics", TRAINEES),
            rule("/api/my/calendar.ics", TRAINEES),
            rule("/my/data.json", TRAINEES),
            rule("/api/my/data", TRAINEES),
            rule("GET", "/my/evaluations", TRAINEES),
            rule("/my/evaluations/{id}", THIS_TRAINEE),
            rule("/my/placements/{id}/**", THIS_TRAINEE),
            rule("/my/placements/{id}", THIS_TRAINEE),
            rule("/my/rounds/{roundId}/**", THIS_TRAINEE),
            rule("/api/my/profile", TRAINEES),
            rule("/api/my/placements", TRAINEES),
            rule("GET", "/api/my/evaluations", TRAINEES),
            rule("/api/my/evaluations/{id}", THIS_TRAINEE),
            rule("/api/my/placements/{id}/**", THIS_TRAINEE),
            rule("/api/my/rounds/{roundId}/**", THIS_TRAINEE));

    private static Rule rule(String pattern, Set<Who> allowed) {
        return new Rule("*", pattern, allowed);
    }

    private static Rule rule(String method, String pattern, Set<Who> allowed) {
        return new Rule(method, pattern, allowed);
    }

    /** Framework pages that are not the planner's own endpoints. */
    private static final Set<String> NOT_OURS = Set.of("/error");

    @Autowired
    private MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private EntityManager entities;

    @Autowired
    private PasswordEncoder passwords;

    /** The value of each path variable, by the object it names: each belongs to the host and trainee above. */
    private Map<String, Long> objects;

    private Map<Who, String> accounts;

    private record Endpoint(String method, String path) {}

    @BeforeEach
    void findTheObjects() {
        Long lotte = id("select t.id from Trainee t where t.name = 'Lotte Hendriks'");
        Long placement = id("select p.id from Placement p where p.trainee.id = " + lotte
                + " and p.status = nl.traineeplanner.app.placement.PlacementStatus.PUBLISHED order by p.id");
        Long host = id("select p.assignment.organisation.id from Placement p where p.id = " + placement);
        entities.persist(UserAccount.host(
                "gastheer", passwords.encode("demo"), "Begeleider", entities.find(Organisation.class, host)));
        entities.flush();
        Long oldambt = id("select o.id from Organisation o where o.name = 'Gemeente Oldambt'");
        accounts = Map.of(
                Who.COORDINATOR, "coordinator",
                Who.HOST, "gastheer",
                Who.OTHER_HOST, host.equals(oldambt) ? "provincie" : "host",
                Who.TRAINEE, "lotte",
                Who.OTHER_TRAINEE, "bram");
        objects = Map.of(
                "round",
                id("select p.round.id from Placement p where p.id = " + placement),
                "placement",
                placement,
                "traineeEvaluation",
                id("select f.id from EvaluationForm f where f.placement.id = " + placement
                        + " and f.author = nl.traineeplanner.app.evaluation.EvaluationAuthor.TRAINEE order by f.id"),
                "hostEvaluation",
                id("select f.id from EvaluationForm f where f.placement.id = " + placement
                        + " and f.author = nl.traineeplanner.app.evaluation.EvaluationAuthor.HOST order by f.id"),
                "hostAssignment",
                id("select a.id from Assignment a where a.organisation.id = " + host + " order by a.id"),
                "message",
                id("select m.id from Message m where m.recipientTrainee.id = " + lotte + " order by m.id"),
                "trainee",
                lotte,
                "any",
                1L);
    }

    @Test
    void everyEndpointHasARule() {
        List<String> without = endpoints().stream()
                .filter(e -> ruleFor(e) == null)
                .map(e -> e.method() + " " + e.path())
                .toList();
        assertThat(without).as("endpoints with no rule in this test").isEmpty();
    }

    @Test
    void nobodyReachesWhatTheRuleDoesNotGiveThem() throws Exception {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Endpoint endpoint : endpoints()) {
            Rule rule = ruleFor(endpoint);
            if (rule == null) {
                continue;
            }
            for (Who who : Who.values()) {
                boolean allowed = rule.allowed().contains(who);
                if (allowed
                        && (!endpoint.method().equals("GET") || endpoint.path().contains("/runs/{id}"))) {
                    continue; // changes are not made; the demo has no stored run to read
                }
                MockHttpServletResponse response = perform(endpoint, who);
                tried++;
                boolean refused = refused(response);
                if (allowed == refused) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + who + ": "
                            + response.getStatus()
                            + (response.getRedirectedUrl() == null ? "" : " → " + response.getRedirectedUrl())
                            + (allowed ? " (should be allowed)" : " (should be refused)"));
                }
            }
        }
        assertThat(tried).isGreaterThan(400);
        assertThat(wrong).as("wrong answers").isEmpty();
    }

    private MockHttpServletResponse perform(Endpoint endpoint, Who who) throws Exception {
        URI uri = URI.create(fill(endpoint.path()));
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), uri);
        if (!endpoint.method().equals("GET")) {
            request.with(csrf());
            if (endpoint.path().startsWith("/api/")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (who != Who.ANONYMOUS) {
            request.with(SignIn.as(accounts.get(who)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean refused(MockHttpServletResponse response) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        return status == 401
                || status == 403
                || status == 404
                || (status == 302 && redirect != null && redirect.endsWith("/login"));
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    /** The path with each variable replaced by an object that belongs to the host or trainee of this test. */
    private String fill(String path) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            // the kind of an import file is a word, not an object
            matcher.appendReplacement(
                    filled, variable.equals("kind") ? "trainees" : String.valueOf(objectFor(path, variable)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private Long objectFor(String path, String variable) {
        if (variable.equals("roundId")) {
            return objects.get("round");
        }
        if (variable.equals("traineeId")) {
            return objects.get("trainee");
        }
        if (path.startsWith("/my/placements/") || path.startsWith("/api/my/placements/")) {
            return objects.get("placement");
        }
        if (path.startsWith("/my/evaluations/") || path.startsWith("/api/my/evaluations/")) {
            return objects.get("traineeEvaluation");
        }
        if (path.startsWith("/host/evaluations/") || path.startsWith("/api/host/evaluations/")) {
            return objects.get("hostEvaluation");
        }
        if (path.startsWith("/host/assignments/")
                || path.startsWith("/api/host/assignments/")
                || path.startsWith("/proposals/")
                || path.startsWith("/api/proposals/")
                || path.startsWith("/assignments/")
                || path.startsWith("/api/assignments/")) {
            return objects.get("hostAssignment");
        }
        if (path.startsWith("/messages/")) {
            return objects.get("message");
        }
        if (path.startsWith("/rounds/") || path.startsWith("/api/rounds/")) {
            return objects.get("round");
        }
        return objects.get("any");
    }

    private Long id(String query) {
        List<?> found = entities.createQuery(query).setMaxResults(1).getResultList();
        assertThat(found).as(query).isNotEmpty();
        return ((Number) found.get(0)).longValue();
    }

    private static Rule ruleFor(Endpoint endpoint) {
        return RULES.stream()
                .filter(r -> r.fits(endpoint.method(), endpoint.path()))
                .findFirst()
                .orElse(null);
    }

    private List<Endpoint> endpoints() {
        Set<Endpoint> all = new java.util.LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> paths = info.getPathPatternsCondition() == null
                    ? info.getPatternValues()
                    : info.getPathPatternsCondition().getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : new TreeSet<>(paths)) {
                if (NOT_OURS.contains(path)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    all.add(new Endpoint("GET", path));
                } else {
                    methods.forEach(m -> all.add(new Endpoint(m.name(), path)));
                }
            }
        }
        return List.copyOf(all);
    }
}
