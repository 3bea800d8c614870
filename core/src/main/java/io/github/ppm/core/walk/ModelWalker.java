package io.github.ppm.core.walk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** Depth-first traversal of records and lists, in component order. */
public final class ModelWalker {
    private ModelWalker() {
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
        } else if (node.getClass().isRecord() && isComposite(node)) {
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                walk(pointer + "/" + component.getName(), read(component, node), visitor);
            }
        }
    }

    /** Single-value records (ids, keys, sections) are leaves: they are written as plain strings. */
    private static boolean isComposite(Object record) {
        return record.getClass().getRecordComponents().length > 1
                || record.getClass().getRecordComponents()[0].getType() != String.class;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
