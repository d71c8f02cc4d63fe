package org.corroborate.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /api/openapi.json} (Swagger UI at {@code /api/docs}): bearer tokens. */
@Configuration
class ApiDocsConfig {

    @Bean
    OpenAPI corroborateApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Corroborate HTTP API")
                        .version("v1")
                        .description(
                                "Scripts read projects, articles and labels, export datasets and import articles as the user "
                                        + "whose personal access token they present (Authorization: Bearer crb_...)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
