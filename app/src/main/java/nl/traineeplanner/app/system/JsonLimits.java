package nl.traineeplanner.app.system;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits on every JSON document the planner reads, before any of it becomes an object: how deep it nests, how long a
 * text or a number in it is, and how long the whole is ({@code traineeplanner.limits.json.*}). A document beyond them
 * is refused with 400 and a problem document that says so ({@link ApiProblems}), not a 500. Jackson 3 keeps these
 * limits in the factory that reads, which the mapper builder is given from the start; Spring Boot's customizers are
 * applied after, as Boot itself does. The body of a request is held to {@link RequestSizeLimit} before this.
 */
@Configuration
class JsonLimits {

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(
            List<JsonMapperBuilderCustomizer> customizers,
            @Value("${traineeplanner.limits.json.max-nesting-depth:100}") int depth,
            @Value("${traineeplanner.limits.json.max-string-length:1000000}") int string,
            @Value("${traineeplanner.limits.json.max-number-length:100}") int number,
            @Value("${traineeplanner.limits.json.max-document-length:50000000}") long document) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(depth)
                .maxStringLength(string)
                .maxNumberLength(number)
                .maxDocumentLength(document)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(limits).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
