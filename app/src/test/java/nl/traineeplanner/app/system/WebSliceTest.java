package nl.traineeplanner.app.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer of a few controllers, without the rest of the application: no database, no demo data, no jobs. The
 * planner's own security comes along (who may see what, CSRF, the headers, the login form), as do its advice for
 * errors and API problems, the language and the templates; what the controllers call is mocked in the test with
 * {@code @MockitoBean}. It starts in a few seconds without a database, where {@code @WebAppTest} loads the whole
 * application with its demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        // the planning API's advice puts refusals into words with it
                        pattern = "nl\\.traineeplanner\\.app\\.planning\\.web\\.RefusalMessages"))
@Import({SecurityConfiguration.class, SignInOptions.class, LoginThrottle.class, ClockConfiguration.class})
@MockitoBean(types = {BearerTokens.class, SecondFactorCodes.class, SwitchedOffAccounts.class})
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
