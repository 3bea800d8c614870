package io.github.ppm.core.io;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes every string that a YAML 1.1 reader would resolve to something else. ppm reads these
 * words as text, but a policy file is also read by tools that follow YAML 1.1 (PyYAML, Ruby's
 * Psych, Go's yaml.v2, SnakeYAML's defaults): there an unquoted {@code 2024-01-31} is a date,
 * {@code no} and {@code on} are booleans, {@code 1_000}, {@code 0x1F}, {@code 017} and
 * {@code 1:30} are numbers, {@code ~} is null. Jackson's default quotes only some of these.
 */
final class Yaml11Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    /** The YAML 1.1 (and 1.2 core) resolvers for booleans, null, numbers, timestamps, merge and value keys. */
    private static final Pattern NOT_A_STRING = Pattern.compile(String.join("|",
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "~|null|Null|NULL",
            "[-+]?0b[01_]+",
            "[-+]?0o?[0-7_]+",
            "[-+]?(0|[1-9][0-9_]*)",
            "[-+]?0x[0-9a-fA-F_]+",
            "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
            "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?",
            "[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+",
            "[-+]?\\.(inf|Inf|INF)",
            "\\.(nan|NaN|NAN)",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?",
            "<<",
            "="));

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || NOT_A_STRING.matcher(value).matches();
    }
}
