package nl.traineeplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes are those of RFC 6238 (appendix B, HMAC-SHA1), and a code is taken within one step of now, once. */
class TotpTests {

    /** The RFC's secret, the ASCII of "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesOfTheRfc() {
        Totp eight = new Totp(8);
        assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("94287082");
        assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("07081804");
        assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111))))
                .isEqualTo("14050471");
        assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("89005924");
        assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("69279037");
        assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L))))
                .isEqualTo("65353130");
        // the six digits an authenticator app shows are the last six of these
        assertThat(new Totp().code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
    }

    @Test
    void aCodeIsTakenOneStepEitherSideOfNowAndOnlyAfterTheLastOneTaken() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);

        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step), now, null))
                .hasValue(step);
        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step - 1), now, null))
                .hasValue(step - 1);
        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step + 1), now, null))
                .hasValue(step + 1);
        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step - 2), now, null))
                .isEmpty();
        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step + 2), now, null))
                .isEmpty();

        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step), now, step))
                .isEmpty();
        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step - 1), now, step))
                .isEmpty();
        assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step + 1), now, step))
                .hasValue(step + 1);

        assertThat(totp.match(RFC_SECRET, "12345", now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, "abcdef", now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void aNewSecretIsBase32OfTwentyBytesAndTheAppsReadItsAddress() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
        assertThat(Totp.uri("Traineeplanner", "anna de jong@example.org", "ABCD"))
                .isEqualTo("otpauth://totp/Traineeplanner:anna%20de%20jong%40example.org?secret=ABCD"
                        + "&issuer=Traineeplanner&algorithm=SHA1&digits=6&period=30");
        assertThat(QrCodes.svg("otpauth://totp/x?secret=ABCD"))
                .startsWith("<svg")
                .endsWith("</svg>");
    }
}
