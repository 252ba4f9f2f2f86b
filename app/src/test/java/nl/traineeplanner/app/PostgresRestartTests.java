package nl.traineeplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The planner survives a restart of its PostgreSQL server: while the server is down a page answers an error page
 * (503, after at most the pool's connection timeout, not a hang), and once it is back the same page answers again,
 * without restarting the planner. The test runs its own PostgreSQL server from the machine's binaries (Debian's
 * {@code /usr/lib/postgresql/<version>/bin}, or {@code TRAINEEPLANNER_TEST_POSTGRES_BIN}), in a temporary directory
 * on a free port, as the user {@code postgres} when the test runs as root (initdb refuses root); without the binaries
 * it is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRestartTests {

    private Path bin;
    private Path home;
    private Path data;
    private int port;
    private boolean asRoot;
    private ConfigurableApplicationContext planner;

    @BeforeAll
    void startPostgresAndThePlanner() throws Exception {
        Optional<Path> found = binaries();
        Assumptions.assumeTrue(found.isPresent(), "no PostgreSQL binaries (initdb, pg_ctl) on this machine");
        bin = found.get();
        asRoot = "root".equals(System.getProperty("user.name"));
        home = Files.createTempDirectory("pg-restart-");
        if (asRoot) {
            Assumptions.assumeTrue(
                    Files.isExecutable(Paths.get("/usr/sbin/runuser"))
                            || Files.isExecutable(Paths.get("/sbin/runuser")),
                    "running as root without runuser");
            run("chown", "postgres", home.toString());
        }
        data = home.resolve("data");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        asPostgres(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync");
        startPostgres();
        planner = new SpringApplicationBuilder(TraineeplannerApplication.class)
                .profiles("demo")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--traineeplanner.planner.warm-up=false",
                        "--traineeplanner.demo.earlier-cohort=false");
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (planner != null) {
            planner.close();
        }
        if (data != null && Files.exists(data.resolve("postmaster.pid"))) {
            asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        }
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPageAnswersAnErrorWhileTheDatabaseIsDownAndWorksAgainWhenItIsBack() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        signIn(browser);
        assertThat(catalogue(browser).statusCode()).isEqualTo(200);

        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
        long before = System.nanoTime();
        HttpResponse<String> down = catalogue(browser);
        Duration took = Duration.ofNanos(System.nanoTime() - before);
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body()).contains("Er ging iets mis").contains("database");
        assertThat(took).as("an answer, not a hang").isLessThan(Duration.ofSeconds(25));

        startPostgres();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> catalogue(browser).statusCode() == 200);
        assertThat(catalogue(browser).body()).doesNotContain("Er ging iets mis");
    }

    private String base() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) planner).getWebServer().getPort();
    }

    private HttpResponse<String> catalogue(HttpClient browser) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/assignments"))
                        .timeout(Duration.ofSeconds(40))
                        .header("Accept-Language", "nl")
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(HttpClient browser) throws IOException, InterruptedException {
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=trainee&password=demo&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private void startPostgres() throws IOException, InterruptedException {
        asPostgres(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                home.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    /** The newest PostgreSQL's bin directory that has initdb and pg_ctl. */
    private static Optional<Path> binaries() throws IOException {
        String given = System.getenv("TRAINEEPLANNER_TEST_POSTGRES_BIN");
        if (given != null && !given.isBlank()) {
            return Optional.of(Paths.get(given)).filter(PostgresRestartTests::complete);
        }
        Path debian = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(PostgresRestartTests::complete)
                    .max(Comparator.comparing(
                            p -> p.getParent().getFileName().toString(),
                            Comparator.comparingInt(PostgresRestartTests::number)));
        }
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean complete(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asRoot) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
