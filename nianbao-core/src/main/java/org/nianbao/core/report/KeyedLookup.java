package org.nianbao.core.report;

import java.util.HashMap;
import java.util.Map;

/** The constants of each {@link Keyed} enum by key, built once per enum for {@link Keyed#fromKey}. */
final class KeyedLookup {
    static final ClassValue<Map<String, Object>> BY_KEY = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byKey = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byKey.put(((Keyed) constant).key(), constant);
            }
            return Map.copyOf(byKey);
        }
    };

    private KeyedLookup() {}
}
