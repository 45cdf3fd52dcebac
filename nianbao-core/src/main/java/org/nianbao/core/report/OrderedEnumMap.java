package org.nianbao.core.report;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A map of enum keys in insertion order, unmodifiable once handed out: the rows of a {@link CellTable} and the
 * cells of a row. Two arrays and an index by ordinal, where a {@code LinkedHashMap} would take a node per entry;
 * a table of the report is read by every rule, so lookups are by ordinal too. Only {@link CellTable} fills one,
 * before publishing it.
 */
final class OrderedEnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> {
    /** The number of constants of each enum type (getEnumConstants() copies the array on every call). */
    private static final ClassValue<Integer> CONSTANTS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return type.getEnumConstants().length;
        }
    };

    private final Class<K> type;
    private final K[] keys;
    private final @Nullable Object[] values;
    /** For each ordinal, the entry's position + 1, or 0 when the key is absent. */
    private final int[] positions;
    private int size;

    @SuppressWarnings("unchecked")
    OrderedEnumMap(Class<K> type) {
        this.type = type;
        int constants = CONSTANTS.get(type);
        this.keys = (K[]) new Enum<?>[constants];
        this.values = new Object[constants];
        this.positions = new int[constants];
    }

    /** Adds or replaces (keeping its position) an entry: only while the map is being filled. */
    void add(K key, @Nullable V value) {
        int ordinal = key.ordinal();
        int position = positions[ordinal];
        if (position == 0) {
            keys[size] = key;
            values[size] = value;
            positions[ordinal] = ++size;
        } else {
            values[position - 1] = value;
        }
    }

    /** The enum type of the keys, for a map holding any. */
    static @Nullable Class<?> keyType(Object key) {
        return key instanceof Enum<?> constant ? constant.getDeclaringClass() : null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return keyType(key) == type && positions[((Enum<?>) key).ordinal()] != 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V get(Object key) {
        if (keyType(key) != type) {
            return null;
        }
        int position = positions[((Enum<?>) key).ordinal()];
        return position == 0 ? null : (V) values[position - 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], (V) values[i]);
        }
    }

    @Override
    public Set<K> keySet() {
        return view(i -> keys[i]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<K, V>> entrySet() {
        return view(i -> new SimpleImmutableEntry<>(keys[i], (V) values[i]));
    }

    /** A read-only view of the entries in order, each seen through {@code element} (given its position). */
    private <T> Set<T> view(IntFunction<T> element) {
        return new AbstractSet<>() {
            @Override
            public Iterator<T> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public T next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        return element.apply(next++);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
