package nl.traineeplanner.app.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and sign-in of the OpenAPI document at {@code /v3/api-docs} (shown at {@code /swagger-ui.html}). */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI traineeplannerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Traineeplanner API")
                        .version("1")
                        .description(
                                "Assignments, trainees and planning runs of the Groningen traineeship. Sign in with HTTP Basic"
                                        + " or a browser session; invalid input is answered with 400 and a problem document"
                                        + " that lists every field with a message (Dutch by default)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
