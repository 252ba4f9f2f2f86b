package nl.traineeplanner.app.importexport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.traineeplanner.app.round.CohortRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file above the upload limit, sent to the running server (the servlet container enforces the limit, which MockMvc
 * does not): the page and the API answer 413 with the limit in words, and nothing is read. The limit is lowered to 1
 * MB here so the test sends little.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:upload-limit;DB_CLOSE_DELAY=-1",
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=1MB"
        })
@ActiveProfiles("demo")
class UploadLimitTests {

    @LocalServerPort
    private int port;

    @Autowired
    private CohortRepository cohorts;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theApiRefusesAFileAboveTheLimitWithTheLimitInWords() throws Exception {
        long cohort = cohorts.findByName("Lichting 2027").orElseThrow().getId();
        HttpResponse<String> answer = http.send(
                multipart(url("/api/cohorts/" + cohort + "/imports/trainees"))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString("coordinator:demo".getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("ten hoogste 1 MB");
    }

    @Test
    void thePageRefusesAFileAboveTheLimitWithTheLimitInWords() throws Exception {
        long cohort = cohorts.findByName("Lichting 2027").orElseThrow().getId();
        String login = http.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=coordinator&password=demo&_csrf=" + token(login, "name=\"_csrf\" value=\"([^\"]+)\"");
        http.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String page = http.send(
                        HttpRequest.newBuilder(url("/cohorts/" + cohort + "/imports"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("Ten hoogste 5000 rijen en 1 MB per bestand");
        String action =
                token(page, "<form action=\"([^\"]*/imports\\?_csrf=[^\"]+)\"").replace("&amp;", "&");

        HttpResponse<String> answer = http.send(multipart(url(action)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("De planner neemt hier ten hoogste 1 MB aan");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A multipart request with a CSV file of about 1.5 MB. */
    private static HttpRequest.Builder multipart(URI url) {
        String boundary = "grens" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ntrainees\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\nNaam;E-mail;Woonplaats\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 40_000; i++) {
            body.writeBytes(
                    ("Trainee " + i + ";t" + i + "@example.org;Groningen\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static String token(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1);
    }
}
