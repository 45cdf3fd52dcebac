package org.nianbao.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The Chinese sentences of findings, from one bundle so that wording is reviewed in one place. */
public final class FindingMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.nianbao.core.validation.messages", Locale.ROOT);

    /** The parsed patterns by key. */
    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();

    private FindingMessages() {}

    /**
     * Formats the message {@code key} with arguments. Arguments are turned into text first, so numbers are
     * never grouped or localised.
     */
    public static String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        MessageFormat parsed = PATTERNS.computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k), Locale.ROOT));
        // a MessageFormat is not thread-safe: each call formats with its own copy of the parsed pattern
        return ((MessageFormat) parsed.clone()).format(texts);
    }

    /** Whether the bundle has a message for {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
