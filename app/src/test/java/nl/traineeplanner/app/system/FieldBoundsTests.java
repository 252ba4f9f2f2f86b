package nl.traineeplanner.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.traineeplanner.app.WebAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every object the planner binds from a request (a JSON body, or a form or query bound to an object) has a bound on
 * every field, found from the MVC mappings so that a new one is covered: a text has a maximum length ({@code @Size}),
 * a number a lowest and a highest value ({@code @Min}/{@code @Max}, or {@code @Positive} and the like), a list a
 * maximum number of elements and, for texts in it, a maximum length for each; an object or list of objects within is
 * validated too ({@code @Valid}) and held to the same. An id (or version) names an object, so it only needs a lowest
 * value. The
 * handler validates the object ({@code @Valid}), so a value beyond a bound is refused with the field named.
 */
@WebAppTest
class FieldBoundsTests {

    /**
     * Fields that name an object by its id (or the version of it that the client saw): they need a lowest value only,
     * as any other value is simply not found.
     */
    private static final Set<String> REFERENCES = Set.of(
            "id",
            "version",
            "otherVersion",
            "organisation",
            "excludedOrganisations",
            "assignment",
            "addAssignment",
            "trainee",
            "trainees",
            "placement",
            "other",
            "round",
            "rounds");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyFieldOfEveryBoundObjectHasABound() {
        Map<Class<?>, String> bound = boundTypes();
        assertThat(bound).as("objects bound from requests").hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        bound.keySet().forEach(type -> check(type, missing, seen));
        assertThat(missing).as("fields without bounds").isEmpty();
    }

    @Test
    void everyHandlerValidatesWhatItBinds() {
        List<String> unvalidated = new ArrayList<>();
        mappings.getHandlerMethods().values().forEach(handler -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (isBoundObject(parameter)
                        && !parameter.hasParameterAnnotation(Valid.class)
                        && !parameter.hasParameterAnnotation(Validated.class)) {
                    unvalidated.add(handler.getBeanType().getSimpleName() + "."
                            + handler.getMethod().getName() + "("
                            + parameter.getParameterType().getSimpleName() + ")");
                }
            }
        });
        assertThat(new TreeSet<>(unvalidated))
                .as("handlers that bind an object without @Valid")
                .isEmpty();
    }

    /** Each bound type, with one handler that binds it. */
    private Map<Class<?>, String> boundTypes() {
        Map<Class<?>, String> types = new java.util.LinkedHashMap<>();
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (isBoundObject(parameter)) {
                    types.putIfAbsent(
                            parameter.getParameterType(),
                            handler.getBeanType().getSimpleName() + "."
                                    + handler.getMethod().getName());
                }
            }
        }
        return types;
    }

    /** A JSON body, or an object that a form or query is bound to (explicitly, or as Spring does by default). */
    private static boolean isBoundObject(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (parameter.hasParameterAnnotation(RequestBody.class)
                || parameter.hasParameterAnnotation(ModelAttribute.class)) {
            return ours(type);
        }
        boolean plain = parameter.getParameterAnnotations().length == 0
                || parameter.hasParameterAnnotation(Valid.class)
                || parameter.hasParameterAnnotation(Validated.class);
        return plain
                && !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                && ours(type)
                && !BeanUtils.isSimpleProperty(type);
    }

    private static boolean ours(Class<?> type) {
        return type.getPackageName().startsWith("nl.traineeplanner.app")
                && !type.isEnum()
                && !type.getSimpleName().equals("SignedInUser");
    }

    private static void check(Class<?> type, List<String> missing, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Field field : fields(type)) {
            String where = type.getSimpleName() + "." + field.getName();
            checkValue(where, field.getType(), field, field.getAnnotatedType(), field.getName(), missing, seen);
        }
    }

    private static void checkValue(
            String where,
            Class<?> type,
            AnnotatedElement declaration,
            AnnotatedType annotated,
            String name,
            List<String> missing,
            Set<Class<?>> seen) {
        if (type == String.class) {
            if (!has(declaration, annotated, Size.class)
                    || size(declaration, annotated).max() == Integer.MAX_VALUE) {
                missing.add(where + ": a text without @Size(max = …)");
            }
        } else if (isNumber(type)) {
            boolean low = has(declaration, annotated, Min.class)
                    || has(declaration, annotated, DecimalMin.class)
                    || has(declaration, annotated, Positive.class)
                    || has(declaration, annotated, PositiveOrZero.class);
            boolean high = has(declaration, annotated, Max.class)
                    || has(declaration, annotated, DecimalMax.class)
                    || has(declaration, annotated, Negative.class)
                    || has(declaration, annotated, NegativeOrZero.class);
            boolean reference = REFERENCES.contains(name) || name.endsWith("Id") || name.endsWith("Ids");
            if (!low || (!high && !reference)) {
                missing.add(where
                        + (reference
                                ? ": an id or version without @Positive or @PositiveOrZero"
                                : ": a number without @Min and @Max"));
            }
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            if (!has(declaration, annotated, Size.class)
                    || size(declaration, annotated).max() == Integer.MAX_VALUE) {
                missing.add(where + ": a list without @Size(max = …)");
            }
            if (annotated instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
                if (element.getType() instanceof Class<?> elementType) {
                    checkValue(where + "[]", elementType, null, element, name, missing, seen);
                }
            }
        } else if (ours(type) && !type.isEnum()) {
            if (declaration != null && !declaration.isAnnotationPresent(Valid.class)
                    || declaration == null && !annotated.isAnnotationPresent(Valid.class)) {
                // an element of a list is validated by @Valid on the list itself
                if (declaration != null) {
                    missing.add(where + ": an object within that is not validated (@Valid)");
                }
            }
            check(type, missing, seen);
        }
    }

    private static boolean isNumber(Class<?> type) {
        return type == int.class
                || type == long.class
                || type == short.class
                || type == double.class
                || type == float.class
                || Number.class.isAssignableFrom(type) && type != BigDecimal.class && type != BigInteger.class
                || type == BigDecimal.class
                || type == BigInteger.class;
    }

    private static boolean has(
            AnnotatedElement declaration, AnnotatedType annotated, Class<? extends Annotation> annotation) {
        return (declaration != null && declaration.isAnnotationPresent(annotation))
                || (annotated != null && annotated.isAnnotationPresent(annotation));
    }

    private static Size size(AnnotatedElement declaration, AnnotatedType annotated) {
        if (declaration != null && declaration.isAnnotationPresent(Size.class)) {
            return declaration.getAnnotation(Size.class);
        }
        return annotated.getAnnotation(Size.class);
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
