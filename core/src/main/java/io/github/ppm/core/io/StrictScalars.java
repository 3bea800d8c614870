package io.github.ppm.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * Dates, periods and whole numbers read exactly as the JSON Schema (2020-12) states them, so
 * that the reader and {@code schemas/policy.schema.json} accept the same documents: a date is
 * {@code 2024-01-31} (Jackson's own reader also took {@code 2024-01-31T10:00:00Z} and dropped the
 * time); a period is upper case without sign ({@link Period#parse} also takes {@code p5y} and
 * {@code -P5Y}); a whole number may be written {@code 18.0} (a JSON Schema integer is any number
 * with no fraction) but not {@code 18.5} (Jackson's would have truncated it).
 */
public final class StrictScalars {
    /** An RFC 3339 full-date, as JSON Schema's {@code format: date}. */
    public static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /**
     * An ISO 8601 period in whole years, months, weeks and days, at least one of them:
     * what {@link Period#parse} reads, less signs and lower case, which no policy needs.
     */
    public static final String PERIOD = "^P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$";

    private static final Pattern DATE_SHAPE = Pattern.compile(DATE);
    private static final Pattern PERIOD_SHAPE = Pattern.compile(PERIOD);

    private StrictScalars() {
    }

    /** The deserializers, for a reading mapper; registered after the Java time module they replace. */
    static SimpleModule module() {
        return new SimpleModule("ppm-strict-scalars")
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(Period.class, new PeriodReader())
                .addDeserializer(Integer.class, new WholeNumberReader());
    }

    private static final class DateReader extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (DATE_SHAPE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeException e) {
                    // not a day of the calendar (2024-02-30): reported below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date like 2024-01-31");
        }
    }

    private static final class PeriodReader extends JsonDeserializer<Period> {
        @Override
        public Period deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Period) ctxt.handleUnexpectedToken(Period.class, p);
            }
            String text = p.getText();
            if (PERIOD_SHAPE.matcher(text).matches()) {
                try {
                    return Period.parse(text);
                } catch (DateTimeException e) {
                    // too large for an int: reported below
                }
            }
            return (Period) ctxt.handleWeirdStringValue(Period.class, text, "not an ISO-8601 period like P5Y");
        }
    }

    private static final class WholeNumberReader extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal value = p.getDecimalValue();
                try {
                    return value.intValueExact();
                } catch (ArithmeticException e) {
                    return (Integer) ctxt.handleWeirdNumberValue(Integer.class, p.getNumberValue(),
                            "not a whole number in range");
                }
            }
            return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
        }
    }
}
