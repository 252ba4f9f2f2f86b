package nl.traineeplanner.app.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * How one signs in: the login form (unless {@code traineeplanner.login.form=false}) and, when the standard
 * {@code spring.security.oauth2.client.registration.*} properties name an identity provider, a button per provider
 * ("Inloggen via …", named by {@code traineeplanner.oidc.label} or else the registration's client name). The login
 * page reads it as {@code @signInOptions}.
 */
@Component("signInOptions")
public class SignInOptions {

    /** The address that starts a sign-in at a provider; Spring Security's, followed by the registration id. */
    static final String AUTHORIZATION_BASE = "/oauth2/authorization";

    /** One identity provider on the login page. */
    public record Provider(String registrationId, String label) {

        public String url() {
            return AUTHORIZATION_BASE + "/" + registrationId;
        }
    }

    private final boolean form;
    private final List<Provider> providers;

    @org.springframework.beans.factory.annotation.Autowired
    SignInOptions(
            ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${traineeplanner.login.form:true}") boolean form,
            @Value("${traineeplanner.oidc.label:}") String label) {
        this(form, providers(registrations.getIfAvailable(), label));
    }

    SignInOptions(boolean form, List<Provider> providers) {
        if (!form && providers.isEmpty()) {
            throw new IllegalStateException("traineeplanner.login.form=false switches the login form off, but no"
                    + " identity provider is set (spring.security.oauth2.client.registration.*): nobody could sign"
                    + " in. Set a registration, or leave the form on.");
        }
        this.form = form;
        this.providers = List.copyOf(providers);
    }

    /** The login form with user name and password is there. */
    public boolean form() {
        return form;
    }

    /** Signing in through an identity provider is on. */
    public boolean oidc() {
        return !providers.isEmpty();
    }

    public List<Provider> providers() {
        return providers;
    }

    private static List<Provider> providers(ClientRegistrationRepository repository, String label) {
        List<Provider> providers = new ArrayList<>();
        if (repository instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    providers.add(new Provider(
                            registration.getRegistrationId(),
                            label.isBlank() ? registration.getClientName() : label.strip()));
                }
            }
        }
        providers.sort(java.util.Comparator.comparing(Provider::registrationId));
        return providers;
    }
}
