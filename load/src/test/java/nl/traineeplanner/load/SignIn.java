package nl.traineeplanner.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** Signing in through the login form, as a browser does: the form's CSRF token, then the name and password. */
final class SignIn {

    private SignIn() {}

    static ChainBuilder as(String username) {
        return as(username, "demo");
    }

    /** Signs in with this user name and password; either may be a Gatling expression such as {@code #{host}}. */
    static ChainBuilder as(String username, String password) {
        return exec(http("login page")
                        .get("/login")
                        .check(status().is(200))
                        .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login")
                        .formParam("username", username)
                        .formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(io.gatling.javaapi.http.HttpDsl.header("Location").not("/login?error")));
    }
}
