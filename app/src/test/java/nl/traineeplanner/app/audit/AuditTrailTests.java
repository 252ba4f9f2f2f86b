package nl.traineeplanner.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.util.Arrays;
import nl.traineeplanner.app.SignIn;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.system.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail records sign-ins and account changes with the address they came from, cannot be shortened by the
 * planner, shows when a sealed line was changed, and is searched and downloaded by the coordinator only.
 */
@WebAppTest
class AuditTrailTests {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private AuditSealer sealer;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private UserAccountRepository accounts;

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    @Test
    void signInsAndFailedSignInsAreWrittenWithTheirAddress() throws Exception {
        mvc.perform(post("/login")
                .param("username", "host")
                .param("password", "demo")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                }));
        mvc.perform(get("/api/assignments").with(httpBasic("bram", "geraden")).with(request -> {
            request.setRemoteAddr("198.51.100.9");
            return request;
        }));

        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_SUCCEEDED
                        && e.getUsername().equals("host")
                        && "192.0.2.7".equals(e.getAddress()))
                .anyMatch(e -> e.getAction() == AuditAction.LOGIN_FAILED
                        && e.getUsername().equals("bram")
                        && "198.51.100.9".equals(e.getAddress()));
    }

    @Test
    @Transactional
    void switchingAnAccountOffIsWrittenWithWhoDidIt() throws Exception {
        long bram = accounts.findByUsername("bram").orElseThrow().getId();
        mvc.perform(post("/accounts/{id}/disable", bram)
                .with(SignIn.as("coordinator"))
                .with(csrf()));

        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.ACCOUNT_DISABLED
                        && e.getUsername().equals("coordinator")
                        && e.getDetail().equals("account {account#" + bram + "}"));
        mvc.perform(get("/audit").param("action", "ACCOUNT_DISABLED").with(SignIn.as("coordinator")))
                .andExpect(content().string(containsString("account bram")));
        audit.record(
                "coordinator", AuditAction.ACCOUNT_DISABLED, null, "account " + AuditRef.ACCOUNT.of(999_999), null);
        mvc.perform(get("/audit").param("action", "ACCOUNT_DISABLED").with(SignIn.as("coordinator")))
                .andExpect(content().string(containsString("account account #999999")));
    }

    @Test
    void thePlannerHasNoWayToRemoveAnEventButTheRetentionPeriod() {
        assertThat(Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete"));
    }

    @Test
    void aLineChangedAfterSealingBreaksTheChainAtThatLine() {
        audit.record("coordinator", AuditAction.ROUND_STARTED, null, "Ronde 1 gestart", null);
        // the sealer after the commit may hold the chain's head for a moment: then this one leaves the work to it
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> {
                    sealer.sealWaiting();
                    return audit.check().waiting() == 0;
                });
        AuditChain.ChainCheck before = audit.check();
        assertThat(before.intact()).isTrue();
        assertThat(before.waiting()).isZero();
        AuditEvent sealed = audit.findAll().stream()
                .filter(e -> e.getChainNo() != null)
                .findFirst()
                .orElseThrow();
        String detail = sealed.getDetail();
        try {
            jdbc.update("update audit_event set detail = ? where id = ?", "iets anders", sealed.getId());
            assertThat(audit.check().firstBrokenEvent()).isEqualTo(sealed.getId());
            mvc.perform(get("/audit").with(SignIn.as("coordinator")))
                    .andExpect(content().string(containsString("past niet meer")));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            jdbc.update("update audit_event set detail = ? where id = ?", detail, sealed.getId());
        }
        assertThat(audit.check().intact()).isTrue();
    }

    /**
     * A page reads the trail (its lines still waiting for their seal), the sealer seals them meanwhile on its own
     * thread, and the same page then checks the chain: it sees the lines as sealed, not as they were read.
     */
    @Test
    void aLineSealedWhileAPageHoldsItStillChecks() throws Exception {
        Boolean intact;
        try (java.sql.Connection holder = dataSource.getConnection()) {
            // while another transaction holds the chain's head, the sealer leaves the new line waiting
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("select last_no from audit_chain_head where id = 1 for update");
            audit.record("coordinator", AuditAction.PERSONAL_DATA_READ, null, "gelezen terwijl de zegel volgt", null);
            intact = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
                assertThat(audit.findAll()).anyMatch(e -> e.getChainNo() == null);
                try {
                    holder.commit();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                sealer.sealWaiting();
                return audit.check().intact();
            });
        }
        assertThat(intact).isTrue();
    }

    @Autowired
    private javax.sql.DataSource dataSource;

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theCoordinatorSearchesAndDownloadsTheTrailAndTheDownloadIsWrittenToo() throws Exception {
        mvc.perform(get("/api/assignments").with(httpBasic("lotte", "fout")));

        mvc.perform(get("/audit").param("action", "LOGIN_FAILED").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lotte"), containsString("inloggen mislukt"))))
                .andExpect(content().string(not(containsString("<td>ingelogd</td>"))));
        mvc.perform(get("/audit.csv").param("user", "lott").with(SignIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("logboek.csv")))
                .andExpect(content()
                        .string(allOf(
                                containsString("moment;gebruiker;soort"), containsString(";lotte;LOGIN_FAILED;"))));
        mvc.perform(get("/audit.csv").param("user", "lott").param("lang", "en").with(SignIn.as("coordinator")))
                .andExpect(content()
                        .string(allOf(
                                startsWith(
                                        "\ufeffid;moment;user;kind;description;round;assignment;trainee;detail;reason;"
                                                + "address;seal"),
                                containsString(";lotte;LOGIN_FAILED;sign-in failed;"))));

        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.AUDIT_EXPORTED
                        && e.getUsername().equals("coordinator"));
    }

    @Test
    void aNameThatLooksLikeAFormulaIsDownloadedAsTextNotRun() throws Exception {
        mvc.perform(get("/api/assignments").with(httpBasic("=SUM(1+2)", "fout")));

        mvc.perform(get("/audit.csv").param("action", "LOGIN_FAILED").with(SignIn.as("coordinator")))
                .andExpect(content().string(containsString(";'=SUM(1+2);")))
                .andExpect(content().string(not(containsString(";=SUM(1+2);"))));
    }

    @Test
    void momentsAroundTheEndOfSummerTimeStayApartAndAreShownWithTheirOffset() throws Exception {
        // 02:30 on 25 October 2026 happens twice in the Netherlands: first in summer time, then in winter time
        java.time.Instant summer = java.time.Instant.parse("2026-10-25T00:30:00Z");
        java.time.Instant winter = java.time.Instant.parse("2026-10-25T01:30:00Z");
        long first = audit.append(new AuditEvent(summer, "zomertijd", AuditAction.ROUND_STARTED, null, "eerste", null))
                .getId();
        long second = audit.append(new AuditEvent(winter, "zomertijd", AuditAction.ROUND_STARTED, null, "tweede", null))
                .getId();

        assertThat(audit.findById(first).orElseThrow().getOccurredAt()).isEqualTo(summer);
        assertThat(audit.findById(second).orElseThrow().getOccurredAt()).isEqualTo(winter);
        mvc.perform(get("/audit.csv")
                        .param("user", "zomertijd")
                        .param("from", "2026-10-25")
                        .param("to", "2026-10-25")
                        .with(SignIn.as("coordinator")))
                .andExpect(content()
                        .string(allOf(
                                containsString(";2026-10-25T02:30:00+02:00;zomertijd;"),
                                containsString(";2026-10-25T02:30:00+01:00;zomertijd;"))));
        mvc.perform(get("/audit").param("user", "zomertijd").with(SignIn.as("coordinator")))
                .andExpect(content()
                        .string(allOf(
                                containsString("datetime=\"2026-10-25T02:30+02:00\""),
                                containsString("datetime=\"2026-10-25T02:30+01:00\""))));
        sealer.sealWaiting();
        assertThat(audit.check().intact()).isTrue();
    }

    @Test
    void onlyTheCoordinatorSeesTheTrail() throws Exception {
        for (String other : new String[] {"host", "trainee"}) {
            mvc.perform(get("/audit").with(SignIn.as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/audit.csv").with(SignIn.as(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit")).andExpect(status().isFound());
    }
}
