package org.eacplanner.storage;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Mutated, truncated and hostile versions of the example scenarios, for the loader's fuzz test and benchmark.
 * Case {@code i} depends only on the seed and {@code i}, so a failing case is reproduced by its number.
 */
final class FuzzCorpus {

    /** The seed of the test and the benchmark. */
    static final long SEED = 0x5EED_2026_1124L;

    /** One input: its number, how it was made, and its bytes. */
    record Case(int index, String name, byte[] bytes) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = AssessmentJson.mapper();
    private static final String STRUCTURAL = "{}[],:\"\\ \n\t0123456789-+.eEtrufalsn";
    private static final int[] DEPTHS = {10, 100, 199, 200, 201, 1_000, 5_000};
    private static final List<String> TEXTS = List.of("", " ", "\n", "null", "true", "0", "[]", "{}", "\"x\"",
            "{\"format\": \"eac-migration-assessment\"}", "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1}",
            "[{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1}]", "{\"a\":1}{\"b\":2}", "\u0000", "{,}");

    private final List<byte[]> seeds;
    private final long seed;

    FuzzCorpus(List<byte[]> seeds, long seed) {
        this.seeds = List.copyOf(seeds);
        this.seed = seed;
    }

    /** The corpus of the test: the scenarios of src/test/resources/scenarios and {@link #SEED}. */
    static FuzzCorpus ofScenarios() {
        List<byte[]> files = new ArrayList<>();
        for (Path p : Scenarios.files()) {
            try {
                files.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FuzzCorpus(files, SEED);
    }

    /** Cases {@code 0 … count-1}, made one at a time (some are megabytes). */
    Stream<Case> cases(int count) {
        return IntStream.range(0, count).mapToObj(this::make);
    }

    Case make(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        byte[] original = seeds.get(r.nextInt(seeds.size()));
        int mutations = r.nextInt(10) == 0 ? 2 + r.nextInt(3) : 1;
        StringBuilder name = new StringBuilder("#").append(index);
        byte[] bytes = original;
        for (int m = 0; m < mutations; m++) {
            int kind = r.nextInt(100);
            name.append(' ');
            bytes = mutate(kind, bytes, r, name);
        }
        return new Case(index, name.toString(), bytes);
    }

    private byte[] mutate(int kind, byte[] in, Random r, StringBuilder name) {
        if (kind < 14) {
            int at = r.nextInt(in.length + 1);
            name.append("truncated at ").append(at);
            return java.util.Arrays.copyOf(in, at);
        }
        if (kind < 24) {
            byte[] out = in.clone();
            int flips = 1 + r.nextInt(4);
            name.append("flipped ").append(flips).append(" bit(s)");
            for (int i = 0; i < flips && out.length > 0; i++) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return out;
        }
        if (kind < 32) {
            int from = r.nextInt(in.length + 1);
            int to = Math.min(in.length, from + 1 + r.nextInt(60));
            name.append("deleted ").append(from).append('-').append(to);
            return concat(slice(in, 0, from), slice(in, to, in.length));
        }
        if (kind < 40) {
            int from = r.nextInt(in.length + 1);
            int to = Math.min(in.length, from + 1 + r.nextInt(60));
            name.append("duplicated ").append(from).append('-').append(to);
            return concat(slice(in, 0, to), slice(in, from, in.length));
        }
        if (kind < 48) {
            int at = r.nextInt(in.length + 1);
            StringBuilder inserted = new StringBuilder();
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                inserted.append(STRUCTURAL.charAt(r.nextInt(STRUCTURAL.length())));
            }
            name.append("inserted ").append(quote(inserted)).append(" at ").append(at);
            return concat(slice(in, 0, at), inserted.toString().getBytes(StandardCharsets.UTF_8), slice(in, at, in.length));
        }
        if (kind < 51) {
            int at = r.nextInt(in.length + 1);
            byte[] junk = new byte[1 + r.nextInt(6)];
            r.nextBytes(junk);
            name.append("inserted ").append(junk.length).append(" random byte(s) at ").append(at);
            return concat(slice(in, 0, at), junk, slice(in, at, in.length));
        }
        if (kind < 54) {
            byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
            int b = r.nextInt(boms.length);
            name.append("byte order mark ").append(b);
            return concat(boms[b], in);
        }
        if (kind < 56) {
            String text = TEXTS.get(r.nextInt(TEXTS.size()));
            name.append("replaced by ").append(quote(text));
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 58) {
            String charset = r.nextBoolean() ? "UTF-16LE" : "UTF-32BE";
            name.append("re-encoded as ").append(charset);
            return new String(in, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName(charset));
        }
        return mutateTree(kind, in, r, name);
    }

    /** Mutations on the JSON tree; an input that no longer parses gets a byte-level mutation instead. */
    private byte[] mutateTree(int kind, byte[] in, Random r, StringBuilder name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException | RuntimeException e) {
            root = null;
        }
        if (!(root instanceof ObjectNode doc)) {
            return mutate(r.nextInt(58), in, r, name);
        }
        List<JsonPointer> paths = new ArrayList<>();
        collect(doc, JsonPointer.empty(), paths);
        JsonPointer path = paths.get(r.nextInt(paths.size()));
        if (kind < 74) {
            JsonNode value = wrongValue(r);
            name.append("set ").append(path).append(" to ").append(abbreviate(value.toString()));
            replace(doc, path, value);
        } else if (kind < 80) {
            name.append("removed ").append(path);
            remove(doc, path);
        } else if (kind < 84) {
            int depth = DEPTHS[r.nextInt(DEPTHS.length)];
            boolean arrays = r.nextBoolean();
            name.append("nested ").append(arrays ? "arrays" : "objects").append(' ').append(depth).append(" deep at ")
                    .append(path);
            return spliceRaw(doc, path, nested(depth, arrays), r, name);
        } else if (kind < 86) {
            int length = 50_000 + r.nextInt(3_000_000);
            String text = switch (r.nextInt(3)) {
                case 0 -> randomText(r, "a.b@c d", length);
                case 1 -> "a".repeat(length);
                default -> "a@" + "b.".repeat(length / 2) + " ";
            };
            name.append("a ").append(text.length()).append("-character string at ").append(path);
            replace(doc, path, NODES.textNode(text));
        } else if (kind < 92) {
            StringBuilder s = new StringBuilder();
            for (int i = 1 + r.nextInt(12); i > 0; i--) {
                int cp = switch (r.nextInt(6)) {
                    case 0 -> r.nextInt(0x20);
                    case 1 -> 0xD800 + r.nextInt(0x800);
                    case 2 -> 0x1F300 + r.nextInt(0x300);
                    case 3 -> 0x200E + r.nextInt(2);
                    case 4 -> 0xFFFE + r.nextInt(2);
                    default -> r.nextInt(0x110000);
                };
                s.appendCodePoint(cp);
            }
            name.append("unicode ").append(quote(s)).append(" at ").append(path);
            replace(doc, path, NODES.textNode(s.toString()));
        } else if (kind < 96) {
            JsonNode version = List.<JsonNode>of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2),
                    NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(new BigInteger("99999999999999999999")),
                    NODES.numberNode(1.5), NODES.textNode("1"), NODES.nullNode()).get(r.nextInt(8));
            doc.set("schemaVersion", version);
            name.append("schemaVersion ").append(version);
            if (r.nextBoolean() && paths.size() > 2) {
                JsonNode value = wrongValue(r);
                name.append(", and set ").append(path).append(" to ").append(abbreviate(value.toString()));
                replace(doc, path, value);
            }
        } else {
            String key = path.last() == null ? "format" : path.last().getMatchingProperty();
            name.append("duplicated key ").append(key);
            byte[] out = write(doc);
            String text = new String(out, StandardCharsets.UTF_8);
            int brace = text.indexOf('{');
            return (text.substring(0, brace + 1) + "\"" + key + "\": 12, " + text.substring(brace + 1))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return write(doc);
    }

    private static String randomText(Random r, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static JsonNode wrongValue(Random r) {
        return switch (r.nextInt(14)) {
            case 0 -> NODES.textNode("");
            case 1 -> NODES.textNode("SOMETHING_ELSE");
            case 2 -> NODES.numberNode(r.nextInt());
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(1e308 * 10 * r.nextDouble());
            case 5 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 6 -> NODES.booleanNode(r.nextBoolean());
            case 7 -> NODES.nullNode();
            case 8 -> NODES.objectNode();
            case 9 -> NODES.arrayNode();
            case 10 -> NODES.arrayNode().add(NODES.objectNode().put("ruleId", 5));
            case 11 -> NODES.textNode("2026-02-30");
            case 12 -> NODES.textNode("2026-11-20T25:00:00Z");
            default -> NODES.objectNode().set("x", NODES.arrayNode().add(1).add("y"));
        };
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        if (!at.matches()) {
            out.add(at);
        }
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), at.appendProperty(e.getKey()), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.get(i), at.appendIndex(i), out);
            }
        }
    }

    private static void replace(ObjectNode root, JsonPointer path, JsonNode value) {
        JsonNode parent = root.at(path.head());
        if (parent instanceof ObjectNode o) {
            o.set(path.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            a.set(path.last().getMatchingIndex(), value);
        }
    }

    private static void remove(ObjectNode root, JsonPointer path) {
        JsonNode parent = root.at(path.head());
        if (parent instanceof ObjectNode o) {
            o.remove(path.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a) {
            a.remove(path.last().getMatchingIndex());
        }
    }

    /** Writes the document with a placeholder at {@code path}, then puts raw text there (too deep to build as a tree). */
    private static byte[] spliceRaw(ObjectNode doc, JsonPointer path, String raw, Random r, StringBuilder name) {
        String marker = "fuzz-marker-" + Long.toUnsignedString(r.nextLong(), 36);
        replace(doc, path, NODES.textNode(marker));
        String text = new String(write(doc), StandardCharsets.UTF_8);
        return text.replace("\"" + marker + "\"", raw).getBytes(StandardCharsets.UTF_8);
    }

    private static String nested(int depth, boolean arrays) {
        StringBuilder s = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "[" : "{\"a\":");
        }
        s.append("1");
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "]" : "}");
        }
        return s.toString();
    }

    private static byte[] write(JsonNode doc) {
        try {
            return AssessmentJson.writer().writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String quote(CharSequence s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(cp -> q.append(cp < 0x20 || cp >= 0x7F ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return q.append('"').toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
