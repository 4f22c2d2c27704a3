package dev.threadlings.sandbox.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A finding (or a limit) as one line of tab-separated tokens, written from its records' components in order:
 * a record is its simple name then its components, a list its size then its items, a string {@code =} and its
 * text (tabs, newlines and backslashes escaped), null {@code -}, numbers, booleans and enum constants as
 * themselves. Decoding is led by the declared types, so a new record needs no code here; a token that does not
 * fit is an IllegalArgumentException, never a guess.
 */
public final class FindingCodec {
    private FindingCodec() {}

    public static String encode(Object value) {
        List<String> out = new ArrayList<>();
        write(value, out);
        return String.join("\t", out);
    }

    /** {@code frames}: applied to every frame decoded (the host maps it to the learner's file and line). */
    public static <T> T decode(String text, Class<T> type, UnaryOperator<Frame> frames) {
        Tokens tokens = new Tokens(text.split("\t", -1), frames);
        T value = type.cast(tokens.read(type));
        if (tokens.at != tokens.all.length) {
            throw new IllegalArgumentException("left over after a " + type.getSimpleName() + ": " + text);
        }
        return value;
    }

    private static void write(Object v, List<String> out) {
        switch (v) {
            case null -> out.add("-");
            case String s -> out.add("=" + esc(s));
            case Integer i -> out.add(i.toString());
            case Boolean b -> out.add(b.toString());
            case Enum<?> e -> out.add(e.name());
            case List<?> l -> {
                out.add("#" + l.size());
                l.forEach(x -> write(x, out));
            }
            case Record r -> {
                out.add(r.getClass().getSimpleName());
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        write(c.getAccessor().invoke(r), out);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a finding's part: " + v.getClass());
        }
    }

    private static final class Tokens {
        final String[] all;
        final UnaryOperator<Frame> frames;
        int at;

        Tokens(String[] all, UnaryOperator<Frame> frames) {
            this.all = all;
            this.frames = frames;
        }

        String next() {
            if (at >= all.length) {
                throw new IllegalArgumentException("a finding ended too early");
            }
            return all[at++];
        }

        Object read(Type type) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            String t = next();
            if (t.equals("-") && (raw == String.class || raw.isRecord() || raw.isInterface() && raw != List.class)) {
                return null;
            }
            try {
                if (raw == String.class) {
                    return t.startsWith("=") ? unesc(t.substring(1)) : bad(t, raw);
                } else if (raw == int.class || raw == Integer.class) {
                    return Integer.parseInt(t);
                } else if (raw == boolean.class) {
                    return switch (t) {
                        case "true" -> true;
                        case "false" -> false;
                        default -> bad(t, raw);
                    };
                } else if (raw.isEnum()) {
                    return enumConstant(raw, t);
                } else if (raw == List.class) {
                    int n = t.startsWith("#") ? Integer.parseInt(t.substring(1)) : bad(t, raw);
                    Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        out.add(read(item));
                    }
                    return out;
                }
                return record(recordNamed(raw, t));
            } catch (NumberFormatException e) {
                return bad(t, raw);
            }
        }

        private Object record(Class<?> c) {
            RecordComponent[] parts = c.getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = read(parts[i].getGenericType());
                types[i] = parts[i].getType();
            }
            try {
                Constructor<?> make = c.getDeclaredConstructor(types);
                Object made = make.newInstance(values);
                return made instanceof Frame f ? frames.apply(f) : made;
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot make a " + c.getSimpleName() + ": " + e, e);
            }
        }
    }

    /** {@code type} itself when it is the record named, else the record of that name among its permitted types. */
    private static Class<?> recordNamed(Class<?> type, String name) {
        Class<?> found = find(type, name);
        return found != null ? found : bad(name, type);
    }

    private static Class<?> find(Class<?> type, String name) {
        if (type.isRecord()) {
            return type.getSimpleName().equals(name) ? type : null;
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                Class<?> found = find(sub, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            return bad(name, type);
        }
    }

    private static <T> T bad(String token, Class<?> type) {
        throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + token);
    }

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unesc(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
