package io.github.ppm.core.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON pointers (RFC 6901) built from Jackson paths. */
final class Pointers {
    private Pointers() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
