package org.nianbao.core.validation.rules;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values computed from immutable objects, remembered per object by identity and only while the object is
 * reachable elsewhere (a weak, identity-keyed cache: the JDK has neither in one class). Thread-safe; two threads
 * asking for the same new object at once may both compute the value, and one of the two is kept.
 *
 * @param <K> the objects, compared by identity (never by {@code equals}, which a record computes over all it holds)
 * @param <V> the values computed from them
 */
final class IdentityCache<K, V> {
    private final Map<Key<K>, V> values = new ConcurrentHashMap<>();
    private final ReferenceQueue<K> collected = new ReferenceQueue<>();

    V get(K key, Function<K, V> compute) {
        purge();
        V value = values.get(new Key<>(key, null));
        if (value == null) {
            value = compute.apply(key);
            V earlier = values.putIfAbsent(new Key<>(key, collected), value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return value;
    }

    private void purge() {
        for (Reference<? extends K> gone = collected.poll(); gone != null; gone = collected.poll()) {
            values.remove(gone);
        }
    }

    /** A weak reference equal to another only when both refer to the same live object. */
    private static final class Key<K> extends WeakReference<K> {
        private final int hash;

        Key(K referent, @Nullable ReferenceQueue<K> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key<?> key)) {
                return false;
            }
            Object referent = get();
            return referent != null && referent == key.get();
        }
    }
}
