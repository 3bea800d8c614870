package io.github.ppm.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Seeded byte-level mutations: flips, inserted syntax tokens, truncation, deletion, duplication. */
final class Mutations {
    private static final byte[][] TOKENS = {
        bytes("<"), bytes(">"), bytes("\""), bytes("'"), bytes("@"), bytes("^^"), bytes("_:b0"), bytes(" ."),
        bytes(";"), bytes(","), bytes("("), bytes(")"), bytes("[]"), bytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"),
        bytes("&e;"), bytes("\u0000"), bytes("漢"), bytes("🙂"), {(byte) 0xFF}, bytes("\\u0000"), bytes("\n"),
        bytes("&a "), bytes("*a"), bytes("{"), bytes("}"), bytes(":"), bytes("\n- "), bytes("!!binary "),
        bytes("!!java.lang.Runtime "), bytes("\t"), bytes("\uFEFF"), bytes("%YAML 1.1\n"), bytes("---\n"),
        bytes("1e999"), bytes("-99999999999999999999"), bytes("null"),
    };

    private Mutations() {
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] data = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(data.length);
            data = switch (random.nextInt(5)) {
                case 0 -> {
                    data[at] = (byte) random.nextInt(256);
                    yield data;
                }
                case 1 -> insert(data, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> Arrays.copyOf(data, Math.max(1, at));
                case 3 -> {
                    int end = Math.min(data.length, at + 1 + random.nextInt(20));
                    byte[] shorter = new byte[data.length - (end - at)];
                    System.arraycopy(data, 0, shorter, 0, at);
                    System.arraycopy(data, end, shorter, at, data.length - end);
                    yield shorter.length == 0 ? new byte[] {'x'} : shorter;
                }
                default -> {
                    int from = random.nextInt(data.length);
                    yield insert(data, at, Arrays.copyOfRange(data, from, Math.min(data.length, from + 1 + random.nextInt(200))));
                }
            };
        }
        return data;
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] result = new byte[data.length + piece.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(data, at, result, at + piece.length, data.length - at);
        return result;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
