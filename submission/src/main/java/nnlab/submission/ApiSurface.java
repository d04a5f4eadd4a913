package nnlab.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What other code can use of one source file: its types (kind, name, type parameters, supertypes) and their
 * non-private members (methods and constructors with their parameter, return and thrown types and static-ness;
 * fields; nested types), each with its access. The graded tests are written against the stubs, so a student's file
 * must declare everything its stub declares, at least as accessible; anything more is the student's business.
 */
final class ApiSurface {

    /**
     * One thing a file declares.
     *
     * @param owner the qualified name of the type it belongs to (of the type itself, for a type)
     * @param key what identifies it, with qualified type names
     * @param display how people read it: simple type names, such as {@code static NDArray crossEntropy(NDArray,
     *     NDArray)}
     * @param access 0 private, 1 package, 2 protected, 3 public
     */
    record Item(String owner, String key, String display, int access) {
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Za-z_$])");
    private static final String[] ACCESS = {"private", "package-private", "protected", "public"};

    private ApiSurface() {
    }

    /** The surface of a file's top-level types; {@code primary} is the file's name without {@code .java}. */
    static List<Item> of(List<? extends TypeElement> types, String primary) {
        List<Item> items = new ArrayList<>();
        for (TypeElement type : types) {
            addType(items, type, primary);
        }
        return items;
    }

    /**
     * What the student's surface lacks of the stub's, one phrase each, such as
     * {@code does not declare 'static NDArray crossEntropy(NDArray, NDArray)' that the graded tests call (changed
     * signature?)}; empty when it has everything.
     */
    static List<String> problems(List<Item> stub, List<Item> student) {
        Map<String, Item> byKey = new HashMap<>();
        student.forEach(i -> byKey.put(i.key(), i));
        Set<String> missingTypes = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Item expected : stub) {
            if (missingTypes.stream().anyMatch(t -> expected.owner().equals(t) || expected.owner().startsWith(t + "."))) {
                continue;
            }
            Item actual = byKey.get(expected.key());
            if (actual == null) {
                if (expected.key().startsWith("type ")) {
                    missingTypes.add(expected.owner());
                }
                problems.add("does not declare '" + expected.display() + "' that the graded tests call"
                        + (expected.key().startsWith("type ") ? "" : " (changed signature?)"));
            } else if (actual.access() < expected.access()) {
                problems.add("declares '" + expected.display() + "' " + ACCESS[actual.access()] + " where the graded"
                        + " tests need it " + ACCESS[expected.access()]);
            }
        }
        return problems;
    }

    private static void addType(List<Item> items, TypeElement type, String primary) {
        if (access(type) == 0) {
            return;
        }
        String owner = type.getQualifiedName().toString();
        String nested = nestedName(type);
        String kind = kindWord(type.getKind());
        String statics = type.getNestingKind().isNested() && type.getModifiers().contains(Modifier.STATIC)
                ? "static " : "";
        String typeParameters = typeParameters(type.getTypeParameters());
        items.add(new Item(owner, "type " + statics + kind + " " + owner + typeParameters,
                statics + kind + " " + nested + simple(typeParameters), access(type)));
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.DECLARED && !isImplicitSuperclass(superclass.toString())) {
            items.add(new Item(owner, "type " + owner + " extends " + superclass,
                    kind + " " + nested + " extends " + simple(superclass.toString()), access(type)));
        }
        for (TypeMirror implemented : type.getInterfaces()) {
            String verb = type.getKind() == ElementKind.INTERFACE ? " extends " : " implements ";
            items.add(new Item(owner, "type " + owner + verb + implemented,
                    kind + " " + nested + verb + simple(implemented.toString()), access(type)));
        }
        String where = nested.equals(primary) ? "" : " in " + nested;
        for (Element member : type.getEnclosedElements()) {
            int access = access(member);
            if (access == 0) {
                continue;
            }
            switch (member.getKind()) {
                case METHOD, CONSTRUCTOR -> {
                    ExecutableElement method = (ExecutableElement) member;
                    String signature = signature(method, type);
                    items.add(new Item(owner, owner + "#" + signature, simple(signature) + where, access));
                }
                case FIELD, ENUM_CONSTANT -> {
                    VariableElement field = (VariableElement) member;
                    String signature = staticPrefix(field) + field.asType() + " " + field.getSimpleName();
                    items.add(new Item(owner, owner + "#" + signature, simple(signature) + where, access));
                }
                case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE -> addType(items, (TypeElement) member, primary);
                default -> {
                    // initialisers and the like are not part of what other code calls
                }
            }
        }
    }

    private static String signature(ExecutableElement method, TypeElement type) {
        StringBuilder out = new StringBuilder(staticPrefix(method));
        String typeParameters = typeParameters(method.getTypeParameters());
        if (!typeParameters.isEmpty()) {
            out.append(typeParameters).append(' ');
        }
        if (method.getKind() == ElementKind.CONSTRUCTOR) {
            out.append(type.getSimpleName());
        } else {
            out.append(method.getReturnType()).append(' ').append(method.getSimpleName());
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            String parameter = method.getParameters().get(i).asType().toString();
            if (method.isVarArgs() && i == method.getParameters().size() - 1 && parameter.endsWith("[]")) {
                parameter = parameter.substring(0, parameter.length() - 2) + "...";
            }
            parameters.add(parameter);
        }
        out.append('(').append(String.join(", ", parameters)).append(')');
        if (!method.getThrownTypes().isEmpty()) {
            out.append(" throws ").append(method.getThrownTypes().stream().map(TypeMirror::toString)
                    .collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    private static String typeParameters(List<? extends TypeParameterElement> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.stream().map(p -> {
            String bounds = p.getBounds().stream().map(TypeMirror::toString).filter(b -> !b.equals("java.lang.Object"))
                    .collect(Collectors.joining(" & "));
            return p.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + bounds);
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    private static boolean isImplicitSuperclass(String name) {
        return name.equals("java.lang.Object") || name.equals("java.lang.Record") || name.startsWith("java.lang.Enum<");
    }

    private static String staticPrefix(Element element) {
        return element.getModifiers().contains(Modifier.STATIC) ? "static " : "";
    }

    private static String nestedName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement t; e = t.getEnclosingElement()) {
            name.insert(0, t.getSimpleName() + ".");
        }
        return name.toString();
    }

    private static String kindWord(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case RECORD -> "record";
            case ANNOTATION_TYPE -> "@interface";
            default -> "class";
        };
    }

    static int access(Element element) {
        Set<Modifier> modifiers = element.getModifiers();
        if (modifiers.contains(Modifier.PUBLIC)) {
            return 3;
        }
        if (modifiers.contains(Modifier.PROTECTED)) {
            return 2;
        }
        return modifiers.contains(Modifier.PRIVATE) ? 0 : 1;
    }

    /** A type's text with package qualifiers dropped: {@code java.util.List<ai.djl.ndarray.NDArray>} to {@code List<NDArray>}. */
    static String simple(String text) {
        return QUALIFIER.matcher(text).replaceAll("");
    }
}
