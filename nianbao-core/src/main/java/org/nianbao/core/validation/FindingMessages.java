package org.nianbao.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Chinese sentences of findings, from one bundle so that wording is reviewed in one place. */
public final class FindingMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.nianbao.core.validation.messages", Locale.ROOT);

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
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(texts);
    }

    /** Whether the bundle has a message for {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
