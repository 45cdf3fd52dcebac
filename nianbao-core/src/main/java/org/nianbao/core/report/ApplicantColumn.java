package org.nianbao.core.report;

import java.util.List;

/** The seven number columns of table 三, in printed order. */
public enum ApplicantColumn implements Keyed {
    NATURAL_PERSON("natural_person", "自然人"),
    ORG_COMMERCIAL("org_commercial", "商业企业"),
    ORG_RESEARCH("org_research", "科研机构"),
    ORG_PUBLIC_INTEREST("org_public_interest", "社会公益组织"),
    ORG_LEGAL_SERVICE("org_legal_service", "法律服务机构"),
    ORG_OTHER("org_other", "其他"),
    TOTAL("total", "总计");

    private static final List<ApplicantColumn> ALL = List.of(values());
    private static final List<ApplicantColumn> APPLICANTS = ALL.subList(0, 6);

    private final String key;
    private final String label;

    ApplicantColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The official column label. */
    public String label() {
        return label;
    }

    public static List<ApplicantColumn> all() {
        return ALL;
    }

    /** The six applicant columns whose sum is 总计. */
    public static List<ApplicantColumn> applicants() {
        return APPLICANTS;
    }

    public static ApplicantColumn fromKey(String key) {
        return Keyed.fromKey(ApplicantColumn.class, key, "table 三 column");
    }
}
