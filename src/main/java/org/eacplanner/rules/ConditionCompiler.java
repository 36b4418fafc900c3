package org.eacplanner.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Exchange;

/**
 * Compiles the catalog's condition language into {@link Condition}s, checking every field path and value
 * against the inventory types as it goes.
 *
 * <pre>
 * expr     := and ('or' and)*
 * and      := unary ('and' unary)*
 * unary    := 'not' unary | atom
 * atom     := '(' expr ')' | 'always' | TERM | 'any' PATH '(' expr ')' | PATH test
 * test     := 'unknown' | 'known' | 'is' 'not' 'true' | '=' VALUE | 'in' '[' VALUE (',' VALUE)* ']'
 *           | 'contains' VALUE | ('&lt;' | '&lt;=' | '&gt;' | '&gt;=') INT
 * </pre>
 * {@code TERM} is a named shorthand of the catalog (o365, onprem, gov, ls, svc); {@code PATH} is a dotted
 * field path ({@code exchange.ewsEnabled}; {@code exchange.serverVersion} falls back to the build's product); {@code VALUE} is {@code true}, {@code false}, a whole number or an
 * enumeration constant of the field's type. Inside {@code any}, paths are relative to the list element.
 * Every comparison on an unknown (null) answer is false; {@code unknown} is true exactly for null.
 */
final class ConditionCompiler {

    /** The type that shorthands (terms) are defined on. */
    static final Class<?> SUBJECT = Assessment.class;

    /** The field read with the build fallback wherever the catalog reads it. */
    static final String SERVER_VERSION = "exchange.serverVersion";

    /** The numeric terms (rules.md, "Terms used in conditions"); {@code daysLeft} only inside a CASES case. */
    static final Set<String> NUMERIC = Set.of("daysSinceReview", "daysUntil", "daysLeft");
    private final Map<String, Condition> terms;

    /** Single deadline dates of the catalog's rules, for {@code deadline(RULE-ID)}. */
    private final Map<String, LocalDate> deadlines;

    ConditionCompiler(Map<String, Condition> terms) {
        this(terms, Map.of());
    }

    ConditionCompiler(Map<String, Condition> terms, Map<String, LocalDate> deadlines) {
        this.terms = terms;
        this.deadlines = deadlines;
    }

    /** {@code exchange.serverVersion}, else the product of {@code exchange.serverBuild}. */
    static Object effectiveServerVersion(Object subject) {
        Object s = ConditionContext.assessmentOf(subject);
        return s instanceof Assessment a
                ? Exchange.effectiveVersion(a.exchange()) : null;
    }

    /** A numeric comparison with a fixed bound ({@code <}, {@code <=}, {@code >}, {@code >=}). */
    static IntPredicate compare(String op, int bound) {
        return switch (op) {
            case "<" -> v -> v < bound;
            case "<=" -> v -> v <= bound;
            case ">" -> v -> v > bound;
            default -> v -> v >= bound;
        };
    }

    /** A numeric term read from the evaluation context; null when unknown. */
    private interface NumericTerm {
        Long value(ConditionContext c);
    }

    /** Compiles {@code source} for subjects of record type {@code root}. */
    Condition compile(String source, Class<?> root) {
        Parser p = new Parser(tokenize(source), source, root);
        Condition c = p.expr();
        if (!p.atEnd()) {
            throw p.error("unexpected '" + p.peek() + "'");
        }
        return c;
    }

    private static List<String> tokenize(String s) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ((c == '<' || c == '>') && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                tokens.add(c + "=");
                i += 2;
            } else if ("()[],=<>".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_.-".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(s.substring(start, i));
            } else {
                throw new CatalogException("condition '" + s + "': unexpected character '" + c + "'");
            }
        }
        return tokens;
    }

    private final class Parser {
        private final List<String> tokens;
        private final String source;
        private final Class<?> root;
        private int pos;

        Parser(List<String> tokens, String source, Class<?> root) {
            this.tokens = tokens;
            this.source = source;
            this.root = root;
        }

        boolean atEnd() {
            return pos >= tokens.size();
        }

        String peek() {
            return atEnd() ? "end of condition" : tokens.get(pos);
        }

        String next() {
            if (atEnd()) {
                throw error("the condition ends too early");
            }
            return tokens.get(pos++);
        }

        boolean accept(String token) {
            if (!atEnd() && tokens.get(pos).equals(token)) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(String token) {
            if (!accept(token)) {
                throw error("expected '" + token + "' but found '" + peek() + "'");
            }
        }

        CatalogException error(String why) {
            return new CatalogException("condition '" + source + "': " + why);
        }

        Condition expr() {
            Condition left = and();
            while (accept("or")) {
                Condition a = left;
                Condition b = and();
                left = s -> a.test(s) || b.test(s);
            }
            return left;
        }

        Condition and() {
            Condition left = unary();
            while (accept("and")) {
                Condition a = left;
                Condition b = unary();
                left = s -> a.test(s) && b.test(s);
            }
            return left;
        }

        Condition unary() {
            if (accept("not")) {
                Condition inner = unary();
                return s -> !inner.test(s);
            }
            return atom();
        }

        Condition atom() {
            if (accept("(")) {
                Condition inner = expr();
                expect(")");
                return inner;
            }
            if (accept("always")) {
                return Condition.ALWAYS;
            }
            if (accept("any")) {
                FieldPath list = FieldPath.resolve(root, next());
                if (!list.isList() || !list.elementType().isRecord()) {
                    throw error("'any' needs a list of objects, and " + list + " is not one");
                }
                expect("(");
                Condition element = new Parser(tokens, source, list.elementType()).continueAt(pos, this);
                expect(")");
                return s -> list.read(root == SUBJECT ? ConditionContext.assessmentOf(s) : s) instanceof List<?> items
                        && items.stream().anyMatch(element::test);
            }
            String word = next();
            if (root == SUBJECT && NUMERIC.contains(word)) {
                NumericTerm term = numericTerm(word);
                String op = next();
                if (!Set.of("<", "<=", ">", ">=").contains(op)) {
                    throw error("expected <, <=, > or >= after " + word + ", found '" + op + "'");
                }
                int bound = (Integer) value(Integer.class, next());
                IntPredicate cmp = compare(op, bound);
                return s -> {
                    if (!(s instanceof ConditionContext c)) {
                        return false;
                    }
                    Long v = term.value(c);
                    return v != null && cmp.test((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v)));
                };
            }
            if (root == SUBJECT && terms.containsKey(word)) {
                return terms.get(word);
            }
            if (!word.contains(".") && root == SUBJECT) {
                throw error("'" + word + "' is not a known shorthand (" + String.join(", ", terms.keySet())
                        + ") or a field path");
            }
            FieldPath path = FieldPath.resolve(root, word);
            if (root == SUBJECT && word.equals(SERVER_VERSION)) {
                return test(path, ConditionCompiler::effectiveServerVersion);
            }
            if (root == SUBJECT) {
                return test(path, s -> path.read(ConditionContext.assessmentOf(s)));
            }
            return test(path, path::read);
        }

        NumericTerm numericTerm(String word) {
            switch (word) {
                case "daysSinceReview":
                    return c -> c.reviewedOn() == null || c.asOf() == null ? null
                            : ChronoUnit.DAYS.between(c.reviewedOn(), c.asOf());
                case "daysLeft":
                    return ConditionContext::daysLeft;
                default: {
                    expect("(");
                    String f = next();
                    NumericTerm t;
                    if (f.equals("deadline")) {
                        expect("(");
                        String id = next();
                        expect(")");
                        LocalDate date = deadlines.get(id);
                        if (date == null) {
                            throw error("deadline(" + id + ") names no rule with a single deadline date");
                        }
                        t = c -> c.asOf() == null ? null : ChronoUnit.DAYS.between(c.asOf(), date);
                    } else {
                        FieldPath path = FieldPath.resolve(SUBJECT, f);
                        if (path.type() != LocalDate.class) {
                            throw error(f + " is not a date field");
                        }
                        t = c -> path.read(c.assessment()) instanceof LocalDate d && c.asOf() != null
                                ? ChronoUnit.DAYS.between(c.asOf(), d) : null;
                    }
                    expect(")");
                    return t;
                }
            }
        }

        /** Parses an expression for a nested subject type, sharing the token stream with {@code outer}. */
        Condition continueAt(int at, Parser outer) {
            this.pos = at;
            Condition c = expr();
            outer.pos = this.pos;
            return c;
        }

        Condition test(FieldPath path, Function<Object, Object> read) {
            String op = next();
            switch (op) {
                case "unknown":
                    return s -> read.apply(s) == null;
                case "known":
                    return s -> read.apply(s) != null;
                case "is": {
                    expect("not");
                    expect("true");
                    if (path.type() != Boolean.class) {
                        throw error(path + " is not a yes/no answer");
                    }
                    return s -> !Boolean.TRUE.equals(read.apply(s));
                }
                case "=": {
                    if (path.isList()) {
                        throw error(path + " is a list: use 'contains'");
                    }
                    Object value = value(path.type(), next());
                    return s -> value.equals(read.apply(s));
                }
                case "in": {
                    if (path.isList()) {
                        throw error(path + " is a list: use 'contains'");
                    }
                    expect("[");
                    Set<Object> values = new LinkedHashSet<>();
                    do {
                        values.add(value(path.type(), next()));
                    } while (accept(","));
                    expect("]");
                    return s -> {
                        Object v = read.apply(s);
                        return v != null && values.contains(v);
                    };
                }
                case "contains": {
                    if (!path.isList()) {
                        throw error(path + " is not a list: use '=' or 'in'");
                    }
                    Object value = value(path.elementType(), next());
                    return s -> read.apply(s) instanceof Collection<?> c && c.contains(value);
                }
                case "<", "<=", ">", ">=": {
                    if (path.type() != Integer.class) {
                        throw error(path + " is not a number");
                    }
                    int bound = (Integer) value(Integer.class, next());
                    IntPredicate cmp = compare(op, bound);
                    return s -> read.apply(s) instanceof Integer v && cmp.test(v);
                }
                default:
                    throw error("expected unknown, known, is not true, =, in, contains, <, <=, > or >= after " + path
                            + ", found '" + op + "'");
            }
        }

        Object value(Class<?> type, String literal) {
            if (type == Boolean.class) {
                if (!literal.equals("true") && !literal.equals("false")) {
                    throw error("expected true or false, found '" + literal + "'");
                }
                return Boolean.valueOf(literal);
            }
            if (type == Integer.class) {
                try {
                    return Integer.valueOf(literal);
                } catch (NumberFormatException e) {
                    throw error("expected a whole number, found '" + literal + "'");
                }
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(literal)) {
                        return constant;
                    }
                }
                throw error("'" + literal + "' is not a value of " + type.getSimpleName() + " ("
                        + String.join(", ", Arrays.stream(type.getEnumConstants())
                                .map(Objects::toString).toList()) + ")");
            }
            throw error("fields of type " + type.getSimpleName() + " cannot be compared");
        }
    }
}
