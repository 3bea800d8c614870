package io.github.ppm.core.rdf;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Triples node formatter with a fast path for the common case. Jena checks and writes IRIs
 * and literals one character at a time, which was a third of a bulk export; an IRI or literal with
 * nothing to escape is written here in one piece, byte for byte what Jena writes, and anything
 * else still goes through Jena.
 */
final class PlainNodeFormatter extends NodeFormatterNT {
    PlainNodeFormatter() {
        super(CharSpace.UTF8);
    }

    @Override
    public void formatURI(AWriter w, String iri) {
        if (!plainIri(iri)) {
            super.formatURI(w, iri);
            return;
        }
        w.print('<');
        w.print(iri);
        w.print('>');
    }

    @Override
    public void formatLitString(AWriter w, String lex) {
        if (!plainText(lex)) {
            super.formatLitString(w, lex);
            return;
        }
        w.print('"');
        w.print(lex);
        w.print('"');
    }

    @Override
    public void formatLitLang(AWriter w, String lex, String lang) {
        if (!plainText(lex)) {
            super.formatLitLang(w, lex, lang);
            return;
        }
        w.print('"');
        w.print(lex);
        w.print("\"@");
        w.print(lang);
    }

    @Override
    public void formatLitDT(AWriter w, String lex, String datatypeIri) {
        if (!plainText(lex)) {
            super.formatLitDT(w, lex, datatypeIri);
            return;
        }
        w.print('"');
        w.print(lex);
        w.print("\"^^");
        formatURI(w, datatypeIri);
    }

    /** Printable ASCII without the characters N-Triples forbids in an IRI. */
    static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
                    || c == '|' || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** No quote, backslash, control character or surrogate: nothing an N-Triples string escapes. */
    static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
