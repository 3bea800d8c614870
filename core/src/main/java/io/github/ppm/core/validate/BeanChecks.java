package io.github.ppm.core.validate;

import io.github.ppm.core.diag.Diagnostic;
import io.github.ppm.core.diag.Messages;
import io.github.ppm.core.diag.Severity;
import io.github.ppm.core.io.SourceMap;
import io.github.ppm.model.Policy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Runs the Jakarta Validation constraints of the model through Hibernate Validator. */
final class BeanChecks {
    /** Built once: bootstrapping Hibernate Validator costs tens of milliseconds. */
    private static final class Holder {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            ValidatorFactory factory = Validation.byDefaultProvider().configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
            return factory.getValidator();
        }
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
