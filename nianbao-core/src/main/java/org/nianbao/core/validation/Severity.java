package org.nianbao.core.validation;

/** How bad a finding is. */
public enum Severity {
    /** The report is wrong. */
    ERROR("error", "错误"),
    /** Probably wrong or non-standard. */
    WARNING("warning", "警告"),
    /** Worth knowing. */
    INFO("info", "提示");

    private final String key;
    private final String label;

    Severity(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The Chinese word shown to users. */
    public String label() {
        return label;
    }

    public static Severity fromKey(String key) {
        for (Severity severity : values()) {
            if (severity.key.equals(key)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + key + "'");
    }
}
