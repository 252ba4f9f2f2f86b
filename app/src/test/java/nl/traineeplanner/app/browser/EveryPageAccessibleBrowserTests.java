package nl.traineeplanner.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.app.AsUser;
import nl.traineeplanner.app.account.Invitations;
import nl.traineeplanner.app.account.TokenPurpose;
import nl.traineeplanner.app.account.UserAccount;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.enginedata.RoundInstances;
import nl.traineeplanner.app.importexport.PlanImport;
import nl.traineeplanner.app.message.Inbox;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.planning.PlanningRunRepository;
import nl.traineeplanner.app.planning.RoundDecisions;
import nl.traineeplanner.app.planning.WeightSettings;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.baseline.DeferredAcceptance;
import nl.traineeplanner.engine.plan.Plan;
import nl.traineeplanner.engine.plan.PlanWriter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * axe-core's checks for WCAG 2.1 A and AA over every page of every role, in Dutch and in English, in a real browser.
 * The pages are taken from the MVC mappings (every GET that renders HTML; the API, the API documentation, Swagger
 * UI and the error page are left out), so a new page is checked without being added here. Each role sees the pages
 * the rules below give it, with its own objects in the path: a round, a run, an assignment, a trainee, a placement,
 * an evaluation form, a message, a proposal. Everything found is collected and reported once, page by page.
 *
 * <p>The demo runs with its earlier cohort, so trainee {@code lotte} has a published placement with evaluation forms;
 * a host account is made for the organisation she is placed with, as the authorisation matrix does. Round 1 of the
 * current cohort gets two stored runs (a plan made by deferred acceptance, loaded twice) and the first becomes its
 * proposal, so the run page, the comparison and the proposal board have something to show.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:browser-every-page;DB_CLOSE_DELAY=-1",
            "traineeplanner.demo.earlier-cohort=true"
        })
class EveryPageAccessibleBrowserTests extends BrowserTest {

    /** Who looks: each signed in once, in a browser of their own session. */
    enum Role {
        ANONYMOUS(null),
        COORDINATOR("coordinator"),
        /** The demo host of Gemeente Oldambt: proposals (one with changes asked), candidates in round 1. */
        HOST("host"),
        /** A host of the organisation where Lotte is placed: her evaluation forms. */
        HOST_OF_LOTTE("gastheer"),
        /** Anna de Jong, current cohort, choosing her preferences for round 1. */
        TRAINEE("trainee"),
        /** Lotte Hendriks, earlier cohort, placed and with evaluations due. */
        PLACED_TRAINEE("lotte");

        final String username;

        Role(String username) {
            this.username = username;
        }
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.ANONYMOUS));
    private static final Set<Role> ANONYMOUS = EnumSet.of(Role.ANONYMOUS);
    private static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);
    private static final Set<Role> HOSTS = EnumSet.of(Role.HOST, Role.HOST_OF_LOTTE);
    private static final Set<Role> TRAINEES = EnumSet.of(Role.TRAINEE, Role.PLACED_TRAINEE);

    /** Who sees a page: the first rule whose pattern fits counts; the others are not shown it and are not tried. */
    private record PageRule(String pattern, Set<Role> allowed) {}

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private static final List<PageRule> RULES = List.of(
            page("/login", ANONYMOUS),
            page("/password/**", ANONYMOUS),
            page("/about", EVERYONE),
            page("/privacy", EVERYONE),
            page("/accessibility", EVERYONE),
            page("/", SIGNED_IN),
            page("/account", SIGNED_IN),
            page("/account/**", SIGNED_IN),
            page("/login/totp", SIGNED_IN),
            page("/messages", SIGNED_IN),
            page("/messages/{id}", SIGNED_IN),
            page("/assignments/new", COORDINATOR),
            page("/assignments/review", COORDINATOR),
            page("/assignments/{id}/edit", COORDINATOR),
            page("/assignments", SIGNED_IN),
            page("/assignments/{id}", SIGNED_IN),
            page("/accounts", COORDINATOR),
            page("/accounts/**", COORDINATOR),
            page("/trainees", COORDINATOR),
            page("/trainees/**", COORDINATOR),
            page("/dashboard", COORDINATOR),
            page("/rounds", COORDINATOR),
            page("/rounds/**", COORDINATOR),
            page("/runs/**", COORDINATOR),
            page("/cohorts/**", COORDINATOR),
            page("/audit", COORDINATOR),
            page("/evaluations", COORDINATOR),
            page("/evaluations/**", COORDINATOR),
            page("/host", HOSTS),
            page("/host/**", HOSTS),
            page("/proposals", HOSTS),
            page("/proposals/**", HOSTS),
            page("/my", TRAINEES),
            page("/my/**", TRAINEES));

    private static PageRule page(String pattern, Set<Role> allowed) {
        return new PageRule(pattern, allowed);
    }

    /** Paths that are not pages of the planner: the API, its documentation, Swagger UI and the framework's own. */
    private static final List<String> NOT_PAGES = List.of(
            "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs*", "/swagger-ui*", "/swagger-ui/**", "/error");

    /**
     * The addresses that only send a signed-in user on to the start page of their role: the start page, and the code
     * of the authenticator app, which none of these demo sign-ins is asked for (SecondFactorSignInTests checks it, and
     * AccountsBrowserTests checks that page with axe-core after a sign-in with an authenticator app).
     */
    private static final Set<String> REDIRECTS = Set.of("/", "/login/totp");

    @Autowired
    private ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private EntityManager entities;

    @Autowired
    private MessageSource bundle;

    /** The objects of the demo that the paths are filled with, looked up (and the missing ones made) once. */
    private DemoObjects objects;

    @Test
    void everyPageOfEveryRoleIsAccessibleInDutchAndEnglish() {
        objects = prepare();
        List<String> pages = pages();
        List<String> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        int visits = 0;

        for (Role role : Role.values()) {
            List<String> addresses = new ArrayList<>();
            for (String page : pages) {
                PageRule rule = ruleFor(page);
                if (rule == null) {
                    found.add(page + ": no rule in this test says which roles may see this page");
                    continue;
                }
                if (!rule.allowed().contains(role)) {
                    continue;
                }
                Addresses filled = addresses(role, page);
                if (filled.unknown() != null) {
                    found.add(page + " as " + role + ": the test has no value for path variable {" + filled.unknown()
                            + "}; say in addresses() which object of the role it should be");
                    continue;
                }
                if (filled.urls().isEmpty()) {
                    skipped.add(page + " as " + role + " (the demo has no such object for this role)");
                    continue;
                }
                addresses.addAll(filled.urls());
                checked.add(page);
            }
            if (addresses.isEmpty()) {
                continue;
            }
            if (role.username == null) {
                browser.manage().deleteAllCookies();
            } else {
                logInAs(role.username);
            }
            for (String language : List.of("nl", "en")) {
                for (String address : addresses) {
                    found.addAll(check(role, address, language));
                    visits++;
                }
            }
        }

        Set<String> unchecked = new TreeSet<>(pages);
        unchecked.removeAll(checked);
        unchecked.forEach(page -> found.add(page + ": no role was shown this page"));
        System.out.println("Accessibility checked on " + visits + " page visits of " + checked.size() + " pages; "
                + "not tried: " + skipped);

        int visited = visits;
        assertThat(checked).as("pages checked").hasSizeGreaterThan(40);
        assertThat(found)
                .as(() -> found.size() + " problems on " + visited + " page visits (WCAG 2.1 A/AA violations by page,"
                        + " role, language, rule and element):\n" + String.join("\n", found))
                .isEmpty();
    }

    /** Opens the page as the role, in the language, and names what axe-core and the strict CSP find on it. */
    private List<String> check(Role role, String address, String language) {
        String url = "http://localhost:" + port + address + (address.contains("?") ? "&" : "?") + "lang=" + language;
        String where = address + " as " + role + " (" + language + ")";
        browser.get(url);
        List<String> found = new ArrayList<>();
        String path = URI.create(address).getPath();
        String arrived = URI.create(browser.getCurrentUrl()).getPath();
        if (!arrived.equals(path) && !REDIRECTS.contains(path)) {
            found.add(where + ": was sent to " + arrived + " instead of the page");
        }
        if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            found.add(where + ": the page does not say it is in this language");
        }
        String title = browser.getTitle();
        Locale locale = Locale.forLanguageTag(language);
        if (title.startsWith(bundle.getMessage("error.title", null, locale))
                || title.startsWith(bundle.getMessage("error.stale.title", null, locale))) {
            found.add(where + ": shows the error page");
        }
        for (Rule rule : accessibilityViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(where + ": " + rule.getId() + " at " + node.getTarget() + " – " + rule.getHelp()
                        + summary(node));
            }
        }
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .forEach(message -> found.add(where + ": strict Content-Security-Policy: " + message));
        return found;
    }

    /** What axe-core says is wrong with the element, such as the contrast it measured, in one short line. */
    private static String summary(CheckedNode node) {
        String summary = node.getFailureSummary();
        if (summary == null) {
            return "";
        }
        String line = summary.replaceAll("\\s+", " ").strip();
        return " (" + (line.length() > 200 ? line.substring(0, 200) + "…" : line) + ")";
    }

    // --- the pages ---------------------------------------------------------------------------------------------

    /** Every GET endpoint that renders an HTML page, from the MVC mappings and the view controllers. */
    private List<String> pages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (rendersAPage(info, handler)) {
                paths(info).stream()
                        .filter(EveryPageAccessibleBrowserTests::isPage)
                        .forEach(pages::add);
            }
        });
        context.getBeansOfType(SimpleUrlHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMap().forEach((path, handler) -> {
                    if (handler instanceof ParameterizableViewController && isPage(path)) {
                        pages.add(path);
                    }
                }));
        return List.copyOf(pages);
    }

    private static boolean isPage(String path) {
        return NOT_PAGES.stream().noneMatch(pattern -> PATHS.match(pattern, path));
    }

    /** A GET (or any-method) handler that returns a view: not a body (JSON, CSV, a file), not an entity. */
    private static boolean rendersAPage(RequestMappingInfo info, HandlerMethod handler) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
            return false;
        }
        Method method = handler.getMethod();
        if (AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || HttpEntity.class.isAssignableFrom(method.getReturnType())) {
            return false;
        }
        Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
        return produces.isEmpty() || produces.stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
    }

    private static Set<String> paths(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null
                ? info.getPatternValues()
                : info.getPathPatternsCondition().getPatternValues();
    }

    private static PageRule ruleFor(String page) {
        return RULES.stream()
                .filter(rule -> PATHS.match(rule.pattern(), page))
                .findFirst()
                .orElse(null);
    }

    // --- the objects in the paths ------------------------------------------------------------------------------

    /**
     * The addresses of a page for a role: its path with each variable filled with an object the role owns or may
     * see (one address per object, where a page looks different for objects in another state), and the variants
     * with a query that show more of the page. {@code unknown} names a variable the test has no object for.
     */
    private record Addresses(List<String> urls, String unknown) {}

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    private Addresses addresses(Role role, String page) {
        List<String> urls = new ArrayList<>(List.of(page));
        Matcher matcher = VARIABLE.matcher(page);
        while (matcher.find()) {
            String variable = matcher.group(1);
            List<Long> values = values(role, page, variable);
            if (values == null) {
                return new Addresses(List.of(), variable);
            }
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (Long value : values) {
                    next.add(url.replace("{" + variable + "}", String.valueOf(value)));
                }
            }
            urls = next;
        }
        List<String> withVariants = new ArrayList<>(urls);
        for (String url : urls) {
            withVariants.addAll(variants(role, page, url));
        }
        return new Addresses(withVariants, null);
    }

    /** The objects a variable of the page is filled with for the role; null when the test does not know it. */
    private List<Long> values(Role role, String page, String variable) {
        DemoObjects o = objects;
        if (variable.equals("traineeId")) {
            return List.of(o.anna);
        }
        if (variable.equals("roundId") && page.startsWith("/my/rounds/")) {
            return List.of(role == Role.PLACED_TRAINEE ? o.lottesRound : o.roundOne);
        }
        if (!variable.equals("id")) {
            return null;
        }
        if (page.equals("/messages/{id}")) {
            return o.messages.getOrDefault(role, List.of());
        }
        if (page.equals("/assignments/{id}")) {
            return switch (role) {
                case COORDINATOR -> List.of(o.approved, o.submitted);
                case HOST -> List.of(o.hostApproved, o.hostEditable);
                default -> List.of(o.approved);
            };
        }
        if (page.equals("/assignments/{id}/edit")) {
            return List.of(o.approved);
        }
        if (page.startsWith("/proposals/")) {
            return role == Role.HOST ? List.of(o.hostEditable) : o.editableOf(role);
        }
        if (page.startsWith("/host/assignments/")) {
            return role == Role.HOST ? List.of(o.hostApproved) : List.of(o.lottesAssignment);
        }
        if (page.startsWith("/host/evaluations/")) {
            return o.hostForms.getOrDefault(role, List.of());
        }
        if (page.startsWith("/my/evaluations/")) {
            return o.traineeForms.getOrDefault(role, List.of());
        }
        if (page.startsWith("/my/placements/")) {
            return o.placements.getOrDefault(role, List.of());
        }
        if (page.startsWith("/evaluations/")) {
            return o.anyForms;
        }
        if (page.startsWith("/trainees/")) {
            return List.of(o.anna, o.lotte);
        }
        if (page.equals("/rounds/{id}") || page.equals("/rounds/{id}/progress")) {
            return List.of(o.roundOne, o.lottesRound, o.roundTwo);
        }
        if (page.startsWith("/rounds/")) {
            return List.of(o.roundOne);
        }
        if (page.startsWith("/runs/")) {
            return List.of(o.run);
        }
        if (page.startsWith("/cohorts/")) {
            return List.of(o.cohort);
        }
        return null;
    }

    /** Addresses with a query that show a part of the page that is not there without it. */
    private List<String> variants(Role role, String page, String url) {
        return switch (page) {
            case "/password/set" -> List.of(url + "?token=" + objects.invitation);
            case "/rounds/{id}/compare" -> List.of(url + "?left=" + objects.run + "&right=" + objects.otherRun);
            case "/my/rounds/{roundId}/preferences" ->
                role == Role.TRAINEE ? List.of(url + "?add=" + objects.approved) : List.of();
            default -> List.of();
        };
    }

    /** The demo's objects by role, with what the test adds: a host account for Lotte's host, runs and an invitation. */
    private static final class DemoObjects {
        long anna;
        long lotte;
        long cohort;
        long roundOne;
        long roundTwo;
        long lottesRound;
        long run;
        long otherRun;
        long approved;
        long submitted;
        long hostApproved;
        long hostEditable;
        long lottesAssignment;
        long lottesOrganisation;
        String invitation;
        List<Long> anyForms;
        final Map<Role, List<Long>> messages = new LinkedHashMap<>();
        final Map<Role, List<Long>> hostForms = new LinkedHashMap<>();
        final Map<Role, List<Long>> traineeForms = new LinkedHashMap<>();
        final Map<Role, List<Long>> placements = new LinkedHashMap<>();
        final Map<Role, List<Long>> editable = new LinkedHashMap<>();

        List<Long> editableOf(Role role) {
            return editable.getOrDefault(role, List.of());
        }
    }

    private DemoObjects prepare() {
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return transaction.execute(status -> {
            DemoObjects o = new DemoObjects();
            o.anna = id("select t.id from Trainee t where t.name = 'Anna de Jong'");
            o.lotte = id("select t.id from Trainee t where t.name = 'Lotte Hendriks'");
            o.cohort = id("select t.cohort.id from Trainee t where t.id = " + o.anna);
            o.roundOne = id("select r.id from Round r, Trainee t where t.id = " + o.anna
                    + " and r.cohort = t.cohort and r.sequenceNumber = 1");
            o.roundTwo = id("select r.id from Round r, Trainee t where t.id = " + o.anna
                    + " and r.cohort = t.cohort and r.sequenceNumber = 2");
            long placement = id("select p.id from Placement p where p.trainee.id = " + o.lotte
                    + " and p.status = nl.traineeplanner.app.placement.PlacementStatus.PUBLISHED order by p.id");
            o.lottesRound = id("select p.round.id from Placement p where p.id = " + placement);
            o.lottesAssignment = id("select p.assignment.id from Placement p where p.id = " + placement);
            o.lottesOrganisation = id("select p.assignment.organisation.id from Placement p where p.id = " + placement);
            long oldambt = id("select o.id from Organisation o where o.name = 'Gemeente Oldambt'");

            o.approved = id("select a.id from Assignment a join a.rounds r where r.id = " + o.roundOne
                    + " and a.status = nl.traineeplanner.app.assignment.AssignmentStatus.APPROVED order by a.id");
            o.submitted = id("select a.id from Assignment a"
                    + " where a.status = nl.traineeplanner.app.assignment.AssignmentStatus.SUBMITTED order by a.id");
            o.hostApproved = id("select a.id from Assignment a join a.rounds r where r.id = " + o.roundOne
                    + " and a.organisation.id = " + oldambt
                    + " and a.status = nl.traineeplanner.app.assignment.AssignmentStatus.APPROVED order by a.id");
            o.hostEditable = id("select a.id from Assignment a where a.organisation.id = " + oldambt
                    + " and a.status = nl.traineeplanner.app.assignment.AssignmentStatus.CHANGES_REQUESTED"
                    + " order by a.id");
            o.editable.put(
                    Role.HOST_OF_LOTTE,
                    ids("select a.id from Assignment a where a.organisation.id = " + o.lottesOrganisation
                            + " and a.status in (nl.traineeplanner.app.assignment.AssignmentStatus.DRAFT,"
                            + " nl.traineeplanner.app.assignment.AssignmentStatus.CHANGES_REQUESTED) order by a.id"));

            // a host account of the organisation Lotte is placed with, as the authorisation matrix makes one
            entities.persist(UserAccount.host(
                    Role.HOST_OF_LOTTE.username,
                    context.getBean(PasswordEncoder.class).encode("demo"),
                    "Begeleider",
                    entities.find(Organisation.class, o.lottesOrganisation)));
            entities.flush();

            // the evaluation forms: one per moment of each author, so that forms to do and not yet open are seen
            o.traineeForms.put(Role.PLACED_TRAINEE, formsPerMoment("TRAINEE", "f.placement.trainee.id = " + o.lotte));
            o.traineeForms.put(Role.TRAINEE, formsPerMoment("TRAINEE", "f.placement.trainee.id = " + o.anna));
            o.hostForms.put(Role.HOST_OF_LOTTE, formsPerMoment("HOST", "f.placement.trainee.id = " + o.lotte));
            o.hostForms.put(Role.HOST, formsPerMoment("HOST", "f.placement.assignment.organisation.id = " + oldambt));
            o.anyForms = ids(
                    "select f.id from EvaluationForm f where f.placement.trainee.id = " + o.lotte + " order by f.id");
            o.placements.put(Role.PLACED_TRAINEE, List.of(placement));
            o.placements.put(
                    Role.TRAINEE,
                    ids("select p.id from Placement p where p.trainee.id = " + o.anna
                            + " and p.status = nl.traineeplanner.app.placement.PlacementStatus.PUBLISHED"));

            // two stored runs of round 1 (a plan of deferred acceptance, loaded twice), the first as the proposal
            Round one =
                    context.getBean(RoundRepository.class).findById(o.roundOne).orElseThrow();
            Problem problem = new Problem(context.getBean(RoundInstances.class)
                    .forRound(one, WeightSettings.standard().toWeights()));
            String roundId = String.valueOf(one.getId());
            String plan = PlanWriter.toJson(Plan.ofPlacements(DeferredAcceptance.plan(problem).stream()
                    .filter(p -> p.round().equals(roundId))
                    .toList()));
            PlanImport plans = context.getBean(PlanImport.class);
            o.run = AsUser.call(
                    "coordinator",
                    "COORDINATOR",
                    () -> plans.importPlan(one, plan, "voorstel.json", "coordinator")
                            .runId());
            o.otherRun = AsUser.call(
                    "coordinator",
                    "COORDINATOR",
                    () -> plans.importPlan(one, plan, "tweede.json", "coordinator")
                            .runId());
            nl.traineeplanner.app.AsCoordinator.run(() -> context.getBean(RoundDecisions.class)
                    .accept(
                            context.getBean(PlanningRunRepository.class)
                                    .findById(o.run)
                                    .orElseThrow(),
                            "coordinator"));

            // a link to set a password, as a new trainee gets it
            UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
            String link = context.getBean(Invitations.class)
                    .send(accounts.findByUsername("bram").orElseThrow(), TokenPurpose.INVITATION)
                    .link();
            o.invitation = link.substring(link.indexOf("token=") + "token=".length());

            Inbox inbox = context.getBean(Inbox.class);
            for (Role role : SIGNED_IN) {
                o.messages.put(
                        role,
                        inbox.of(role.username).stream()
                                .map(Message::getId)
                                .limit(1)
                                .toList());
            }
            return o;
        });
    }

    private List<Long> formsPerMoment(String author, String condition) {
        return ids("select min(f.id) from EvaluationForm f where " + condition
                + " and f.author = nl.traineeplanner.app.evaluation.EvaluationAuthor." + author
                + " group by f.moment order by min(f.id)");
    }

    private long id(String query) {
        List<Long> found = ids(query);
        assertThat(found).as(query).isNotEmpty();
        return found.get(0);
    }

    private List<Long> ids(String query) {
        return entities.createQuery(query).getResultList().stream()
                .map(found -> ((Number) found).longValue())
                .distinct()
                .toList();
    }
}
