package io.github.ppm.core.rdf;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What the exporter and importer need to know about a model record, worked out once per class:
 * its fields in declaration order with their property, value type and list-ness, and its canonical
 * constructor. The model is records all the way down, so one walk covers every field, and a field
 * added to the model later is exported and imported without a change here.
 */
final class Records {
    /** One field of a record. */
    record Field(String name, Method accessor, Class<?> type, boolean list, Node property) {
        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    /** The fields and constructor of one record class. */
    record Shape(Class<?> type, List<Field> fields, Constructor<?> constructor) {
        Object create(Object[] values) throws ReflectiveOperationException {
            return constructor.newInstance(values);
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Field[] fields = new Field[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                boolean list = List.class.equals(c.getType());
                Class<?> valueType = list ? elementType(c.getGenericType()) : c.getType();
                fields[i] = new Field(c.getName(), c.getAccessor(), valueType, list,
                        Profile.property(type, c.getName()));
            }
            try {
                return new Shape(type, List.of(fields), type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type, e);
            }
        }
    };

    private Records() {
    }

    static Shape shape(Class<?> type) {
        return SHAPES.get(type);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalStateException("unsupported list type " + generic);
    }
}
