package nl.traineeplanner.app.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.traineeplanner.app.system.OidcSignInRefused;
import nl.traineeplanner.app.system.OidcSignInRefused.Reason;
import nl.traineeplanner.app.system.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Binds a person who signed in at the organisation's identity provider (OpenID Connect) to their planner account: by
 * the e-mail address the provider gives (or another claim, such as {@code preferred_username}), matched without regard
 * to capitals against the accounts' user names and e-mail addresses. Only an existing, switched-on account gets in;
 * the planner makes no accounts on the fly. The role is the account's, or (with {@code traineeplanner.oidc.roles-claim})
 * the one the provider gives; the organisation of a host and the trainee of a trainee always come from the account.
 * Optionally a coordinator must have signed in with a second factor at the provider ({@code amr} or {@code acr}).
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /**
     * What the planner takes from the provider's claims.
     *
     * @param usernameClaim the claim that names the account: {@code email} (default) or {@code preferred_username}
     * @param rolesClaim the claim with the roles (a list or words), or blank for the account's own role; a dotted
     *     name such as {@code realm_access.roles} reaches into a nested claim
     * @param roleValues per role, the values of the roles claim that give it (compared without capitals)
     * @param coordinatorMfa a coordinator must have used a second factor at the provider
     * @param mfaAmrValues values of {@code amr} that count as a second factor
     * @param mfaAcrValues values of {@code acr} that count as a second factor
     */
    record Settings(
            String usernameClaim,
            String rolesClaim,
            Map<Role, Set<String>> roleValues,
            boolean coordinatorMfa,
            Set<String> mfaAmrValues,
            Set<String> mfaAcrValues) {

        static final String DEFAULT_AMR_VALUES = "mfa,otp,hwk,swk,fido";

        /** The defaults: by e-mail address, the account's role, no second factor asked. */
        static Settings byEmail() {
            return new Settings("email", "", defaultRoleValues(), false, words(DEFAULT_AMR_VALUES), Set.of());
        }

        static Map<Role, Set<String>> defaultRoleValues() {
            Map<Role, Set<String>> values = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                values.put(role, words(role.name()));
            }
            return values;
        }
    }

    private final UserAccountRepository accounts;
    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final Settings settings;

    @Autowired
    OidcAccounts(
            UserAccountRepository accounts,
            @Value("${traineeplanner.oidc.username-claim:email}") String usernameClaim,
            @Value("${traineeplanner.oidc.roles-claim:}") String rolesClaim,
            @Value("${traineeplanner.oidc.role-values.coordinator:COORDINATOR}") String coordinatorValues,
            @Value("${traineeplanner.oidc.role-values.host:HOST}") String hostValues,
            @Value("${traineeplanner.oidc.role-values.trainee:TRAINEE}") String traineeValues,
            @Value("${traineeplanner.oidc.coordinator-mfa:false}") boolean coordinatorMfa,
            @Value("${traineeplanner.oidc.mfa-amr-values:" + Settings.DEFAULT_AMR_VALUES + "}") String amrValues,
            @Value("${traineeplanner.oidc.mfa-acr-values:}") String acrValues) {
        this(
                accounts,
                new OidcUserService(),
                new Settings(
                        usernameClaim.strip(),
                        rolesClaim.strip(),
                        new EnumMap<>(Map.of(
                                Role.COORDINATOR, words(coordinatorValues),
                                Role.HOST, words(hostValues),
                                Role.TRAINEE, words(traineeValues))),
                        coordinatorMfa,
                        words(amrValues),
                        words(acrValues)));
    }

    OidcAccounts(
            UserAccountRepository accounts, OAuth2UserService<OidcUserRequest, OidcUser> provider, Settings settings) {
        this.accounts = accounts;
        this.provider = provider;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        String name = text(identity.getClaims().get(settings.usernameClaim()));
        if (name == null) {
            throw new OidcSignInRefused(
                    identity.getSubject(), Reason.UNKNOWN_ACCOUNT, "claimMissing", settings.usernameClaim());
        }
        if ("email".equals(settings.usernameClaim()) && Boolean.FALSE.equals(identity.getEmailVerified())) {
            throw new OidcSignInRefused(name, Reason.UNKNOWN_ACCOUNT, "emailNotVerified");
        }
        UserAccount account = account(name);
        Role role = role(identity, account);
        if (role == Role.COORDINATOR && settings.coordinatorMfa() && !secondFactor(request)) {
            throw new OidcSignInRefused(
                    account.getUsername(),
                    Reason.NO_SECOND_FACTOR,
                    null,
                    request.getIdToken().getAuthenticationMethods(),
                    request.getIdToken().getAuthenticationContextClass());
        }
        return new SignedInUser(
                account.getUsername(),
                null,
                role.name(),
                role == Role.HOST && account.getOrganisation() != null
                        ? account.getOrganisation().getId()
                        : null,
                role == Role.TRAINEE && account.getTrainee() != null
                        ? account.getTrainee().getId()
                        : null,
                true,
                account.getLanguage(),
                identity);
    }

    /** The one switched-on account with this user name or e-mail address (a host's own, or a trainee's). */
    private UserAccount account(String name) {
        Map<Long, UserAccount> found = new LinkedHashMap<>();
        accounts.findAllByUsernameIgnoreCase(name).forEach(account -> found.put(account.getId(), account));
        accounts.findByEmail(name).forEach(account -> found.put(account.getId(), account));
        List<UserAccount> enabled =
                found.values().stream().filter(UserAccount::isEnabled).toList();
        if (enabled.size() == 1) {
            return enabled.get(0);
        }
        if (enabled.size() > 1) {
            throw new OidcSignInRefused(name, Reason.UNKNOWN_ACCOUNT, "several", enabled.size());
        }
        if (!found.isEmpty()) {
            throw new OidcSignInRefused(found.values().iterator().next().getUsername(), Reason.ACCOUNT_DISABLED, null);
        }
        throw new OidcSignInRefused(name, Reason.UNKNOWN_ACCOUNT, null);
    }

    /**
     * The account's role, or the one the roles claim gives: the account's own if it is among them, else the first of
     * coordinator, host and trainee that the account can have (a host needs its organisation, a trainee their
     * trainee).
     */
    private Role role(OidcUser identity, UserAccount account) {
        if (settings.rolesClaim().isEmpty()) {
            return account.getRole();
        }
        Set<String> values = lowerCase(claimValues(identity.getClaims(), settings.rolesClaim()));
        Set<Role> given = EnumSet.noneOf(Role.class);
        settings.roleValues().forEach((role, accepted) -> {
            if (accepted.stream().anyMatch(values::contains)) {
                given.add(role);
            }
        });
        if (given.contains(account.getRole())) {
            return account.getRole();
        }
        for (Role role : Role.values()) {
            if (given.contains(role) && fits(role, account)) {
                return role;
            }
        }
        throw new OidcSignInRefused(
                account.getUsername(),
                Reason.NO_ROLE,
                given.isEmpty() ? "values" : "notFitting",
                given.isEmpty() ? settings.rolesClaim() + " " + values : given);
    }

    private static boolean fits(Role role, UserAccount account) {
        return switch (role) {
            case COORDINATOR -> true;
            case HOST -> account.getOrganisation() != null;
            case TRAINEE -> account.getTrainee() != null;
        };
    }

    /** The ID token says a second factor was used: an {@code amr} or the {@code acr} that counts as one. */
    private boolean secondFactor(OidcUserRequest request) {
        Map<String, Object> token = request.getIdToken().getClaims();
        Set<String> methods = lowerCase(claimValues(token, "amr"));
        Set<String> context = lowerCase(claimValues(token, "acr"));
        return settings.mfaAmrValues().stream().anyMatch(methods::contains)
                || settings.mfaAcrValues().stream().anyMatch(context::contains);
    }

    /**
     * The values of a claim: a list, or words in a text. A name that is not a claim itself but has dots reaches into
     * nested claims ({@code realm_access.roles}).
     */
    static List<String> claimValues(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null && name.contains(".")) {
            Object nested = claims;
            for (String part : name.split("\\.")) {
                nested = nested instanceof Map<?, ?> map ? map.get(part) : null;
            }
            value = nested;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(each -> {
                String text = text(each);
                if (text != null) {
                    values.add(text);
                }
            });
        } else if (value instanceof Object[] array) {
            values.addAll(claimValues(Map.of(name, Arrays.asList(array)), name));
        } else if (text(value) != null) {
            values.addAll(words(text(value)));
        }
        return values;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The words of a setting or claim, separated by commas or spaces. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.split("[,\\s]+")) {
            if (!word.isBlank()) {
                words.add(word.strip().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static Set<String> lowerCase(Collection<String> values) {
        Set<String> lower = new LinkedHashSet<>();
        values.forEach(value -> lower.add(value.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
