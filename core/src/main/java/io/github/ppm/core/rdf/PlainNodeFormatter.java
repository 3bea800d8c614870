package io.github.ppm.core.rdf;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Triples node formatter with a fast path for the common case. Jena checks and writes IRIs
 * and literals one character at a time, a quarter of a bulk export's time; an IRI or literal with
 * nothing to escape is written here in one piece, byte for byte what Jena writes, and anything
 * else still goes through Jena.
 */
final class PlainNodeFormatter extends NodeFormatterNT {
    /** The printable ASCII characters N-Triples allows in an IRI unescaped: one lookup per character. */
    private static final boolean[] IRI_CHAR = new boolean[0x7F];

    static {
        for (char c = '!'; c < 0x7F; c++) {
            IRI_CHAR[c] = "<>\"{}|^`\\".indexOf(c) < 0;
        }
    }

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
        if (!quoted(w, lex)) {
            super.formatLitString(w, lex);
        }
    }

    @Override
    public void formatLitLang(AWriter w, String lex, String lang) {
        if (quoted(w, lex)) {
            w.print('@');
            w.print(lang);
        } else {
            super.formatLitLang(w, lex, lang);
        }
    }

    @Override
    public void formatLitDT(AWriter w, String lex, String datatypeIri) {
        if (quoted(w, lex)) {
            w.print("^^");
            formatURI(w, datatypeIri);
        } else {
            super.formatLitDT(w, lex, datatypeIri);
        }
    }

    /** Writes {@code "lex"} when it needs no escape and says whether it did. */
    private static boolean quoted(AWriter w, String lex) {
        if (!plainText(lex)) {
            return false;
        }
        w.print('"');
        w.print(lex);
        w.print('"');
        return true;
    }

    /** Printable ASCII without the characters N-Triples forbids in an IRI. */
    static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c >= 0x7F || !IRI_CHAR[c]) {
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
