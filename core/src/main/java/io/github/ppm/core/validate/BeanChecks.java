package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.model.Policy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Runs the Jakarta Validation constraints of the model through Hibernate Validator. */
final class BeanChecks {
    /**
     * Built once, in a predefined scope: the model's records and the constraints they use. A
     * general bootstrap registers every built-in validator and discovers metadata class by class,
     * which is most of a cold {@code ppm validate}; this one does only what the model needs.
     */
    private static final class Holder {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            PredefinedScopeHibernateValidatorConfiguration configuration =
                    Validation.byProvider(PredefinedScopeHibernateValidator.class).configure();
            ConstraintMapping sizes = configuration.createConstraintMapping();
            sizes.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePointSize.class);
            ValidatorFactory factory = configuration
                    .addMapping(sizes)
                    .builtinConstraints(Set.of(NotBlank.class.getName(), NotEmpty.class.getName(),
                            Pattern.class.getName(), Size.class.getName(), Min.class.getName(), Max.class.getName()))
                    .initializeBeanMetaData(modelRecords())
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            return factory.getValidator();
        }

        /** Policy and every record reachable from it through components and list elements. */
        private static Set<Class<?>> modelRecords() {
            Set<Class<?>> found = new LinkedHashSet<>();
            Deque<Type> pending = new ArrayDeque<>(List.of(Policy.class));
            while (!pending.isEmpty()) {
                Type type = pending.pop();
                if (type instanceof ParameterizedType parameterized) {
                    pending.addAll(List.of(parameterized.getActualTypeArguments()));
                } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        pending.add(component.getGenericType());
                    }
                }
            }
            return found;
        }
    }

    /**
     * {@code @Size} on a string counts code points, as JSON Schema's {@code maxLength} does: the
     * built-in validator counts UTF-16 units, so 1,001 emoji were too long for a 2,000 limit.
     */
    public static final class CodePointSize implements ConstraintValidator<Size, String> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }

    /** Starts the bootstrap on the calling thread; a command can call this early on a spare core. */
    static void prepare() {
        Objects.requireNonNull(Holder.VALIDATOR);
    }

    private BeanChecks() {
    }

    static List<Diagnostic> check(Policy policy, SourceMap map) {
        List<Diagnostic> result = new ArrayList<>();
        for (ConstraintViolation<Policy> violation : Holder.VALIDATOR.validate(policy)) {
            String pointer = pointer(violation.getPropertyPath());
            String field = pointer.isEmpty() ? "/" : pointer.substring(pointer.lastIndexOf('/') + 1);
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String rule = switch (constraint) {
                case "NotBlank" -> "PPM-VAL-BLANK";
                case "NotEmpty" -> "PPM-VAL-EMPTY";
                case "Pattern" -> "PPM-VAL-PATTERN";
                case "Size" -> "PPM-VAL-SIZE";
                case "Min", "Max" -> "PPM-VAL-RANGE";
                default -> "PPM-VAL-CONSTRAINT";
            };
            Object value = violation.getInvalidValue();
            result.add(new Diagnostic(rule, Severity.ERROR,
                    Messages.of(rule, field, rule.equals("PPM-VAL-PATTERN") ? value : violation.getMessage()),
                    null, map.locate(pointer), List.of()));
        }
        return result;
    }

    /** {@code sdks[3].privacyUrl} → {@code /sdks/3/privacyUrl}; container elements add no segment. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                pointer.append('/').append(name);
            }
        }
        return pointer.toString();
    }
}
