package org.nianbao.core.report;

/** The national format a report is written in, detected from its labels (not implied by its year). */
public enum FormatVersion {
    /** 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports. */
    V2019("2019"),
    /** 国办公开办函〔2021〕30号, used from the 2021 reports on. */
    V2021("2021");

    private final String key;

    FormatVersion(String key) {
        this.key = key;
    }

    /** The value of {@code format_version} in the canonical JSON. */
    public String key() {
        return key;
    }

    /** The format a report on {@code year} must use. */
    public static FormatVersion requiredFor(int year) {
        return year >= 2021 ? V2021 : V2019;
    }

    public static FormatVersion fromKey(String key) {
        for (FormatVersion version : values()) {
            if (version.key.equals(key)) {
                return version;
            }
        }
        throw new IllegalArgumentException("unknown format_version '" + key + "'; expected 2019 or 2021");
    }
}
