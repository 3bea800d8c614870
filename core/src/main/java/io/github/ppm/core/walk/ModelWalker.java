package io.github.ppm.core.walk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** Depth-first traversal of records and lists, in component order. */
public final class ModelWalker {
    /** Record components and their accessors, looked up once per class: reflection is the walk's main cost. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] result = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                result[i] = new Component("/" + components[i].getName(), components[i].getAccessor());
            }
            return result;
        }
    };

    private ModelWalker() {
    }

    private record Component(String segment, Method accessor) {
    }

    /** What the walk hands out: a node and where it is. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Called for every non-null node, parents before children.
         *
         * @param pointer JSON pointer of the node, as in the YAML/JSON form
         * @param value   a record, a list, or a leaf value (string, enum, number, id, date ...)
         */
        void visit(String pointer, Object value);
    }

    /** Visits {@code root} and everything below it. */
    public static void walk(Object root, Visitor visitor) {
        walk("", root, visitor);
    }

    private static void walk(String pointer, Object node, Visitor visitor) {
        if (node == null) {
            return;
        }
        visitor.visit(pointer, node);
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(pointer + "/" + i, list.get(i), visitor);
            }
        } else if (node.getClass().isRecord()) {
            Component[] components = COMPONENTS.get(node.getClass());
            if (isComposite(components)) {
                for (Component component : components) {
                    walk(pointer + component.segment(), read(component, node), visitor);
                }
            }
        }
    }

    /** Single-value records (ids, keys, sections) are leaves: they are written as plain strings. */
    private static boolean isComposite(Component[] components) {
        return components.length > 1 || components[0].accessor().getReturnType() != String.class;
    }

    private static Object read(Component component, Object record) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.segment() + " of " + record.getClass(), e);
        }
    }
}
