package dev.quiver.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Kotlin sees no platform types in the DSL: every type in a public signature of the DSL is declared in a
 * {@code @NullMarked} package (or is a JDK type, whose nullness comes from that context), and no public method is
 * named after a Kotlin hard keyword.
 */
class NullnessTest {
    private static final Set<String> KOTLIN_HARD_KEYWORDS = Set.of("as", "break", "class", "continue", "do", "else",
            "false", "for", "fun", "if", "in", "interface", "is", "null", "object", "package", "return", "super",
            "this", "throw", "true", "try", "typealias", "typeof", "val", "var", "when", "while");

    @Test
    void everyPublicSignatureUsesNullMarkedTypes() throws Exception {
        Set<String> unmarked = new TreeSet<>();
        Set<String> keywords = new TreeSet<>();
        List<Class<?>> classes = publicDslClasses();
        assertThat(classes).contains(Quiver.class, Row.class, SearchStep.class, Filter.class);
        for (Class<?> type : classes) {
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == Object.class || method.getDeclaringClass().isEnum()
                        && method.getDeclaringClass() != type) {
                    continue;
                }
                if (KOTLIN_HARD_KEYWORDS.contains(method.getName())) {
                    keywords.add(type.getSimpleName() + "." + method.getName());
                }
                check(method.getGenericReturnType(), type, method, unmarked);
                for (Type parameter : method.getGenericParameterTypes()) {
                    check(parameter, type, method, unmarked);
                }
            }
        }
        assertThat(unmarked).isEmpty();
        assertThat(keywords).isEmpty();
    }

    private static void check(Type type, Class<?> owner, Method method, Set<String> unmarked) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), owner, method, unmarked);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, owner, method, unmarked);
            }
        } else if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.isPrimitive() || element.getName().startsWith("java.")
                    || element.getName().startsWith("javax.")) {
                return;
            }
            if (!element.getPackage().isAnnotationPresent(NullMarked.class)) {
                unmarked.add(owner.getSimpleName() + "." + method.getName() + " uses " + element.getName());
            }
        }
    }

    /** The public top-level classes of the DSL package, read from a classes directory or from a jar. */
    private static List<Class<?>> publicDslClasses() throws URISyntaxException, IOException, ClassNotFoundException {
        URI uri = Objects.requireNonNull(Quiver.class.getResource("Quiver.class")).toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return publicClassesIn(jar.provider().getPath(uri).getParent());
            }
        }
        return publicClassesIn(Path.of(uri).getParent());
    }

    private static List<Class<?>> publicClassesIn(Path directory) throws IOException, ClassNotFoundException {
        List<String> names;
        try (Stream<Path> files = Files.list(directory)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName("dev.quiver.dsl." + name.substring(0, name.length() - 6));
                if (Modifier.isPublic(type.getModifiers())) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
