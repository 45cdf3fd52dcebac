package org.nianbao.core.library;

/** Where an agency stands in the hierarchy of government. */
public enum AgencyLevel {
    PROVINCE("province", "省级"),
    CITY("city", "市级"),
    COUNTY("county", "县级"),
    TOWNSHIP("township", "乡镇（街道）"),
    DEPARTMENT("department", "部门"),
    OTHER("other", "其他");

    private final String key;
    private final String label;

    AgencyLevel(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static AgencyLevel fromKey(String key) {
        for (AgencyLevel level : values()) {
            if (level.key.equals(key)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown agency level '" + key + "'");
    }

    /**
     * The level a body's name suggests: 「…镇人民政府」 and 「…街道办事处」 are townships, 「…县（区）人民政府」 counties,
     * 「…市人民政府」 cities, 「…省人民政府」 provinces; a bureau, office or commission is a department.
     */
    public static AgencyLevel guess(String name) {
        String body = name.replace("人民政府", "").replace("办事处", "");
        if (body.endsWith("镇") || body.endsWith("乡") || body.endsWith("街道")) {
            return TOWNSHIP;
        }
        if (body.endsWith("县") || body.endsWith("区") || body.endsWith("旗")) {
            return COUNTY;
        }
        if (body.endsWith("市") || body.endsWith("州") || body.endsWith("盟")) {
            return CITY;
        }
        if (body.endsWith("省") || body.endsWith("自治区")) {
            return PROVINCE;
        }
        if (body.endsWith("局") || body.endsWith("委") || body.endsWith("办") || body.endsWith("厅") || body.endsWith("院")
                || body.endsWith("会") || body.endsWith("部") || body.endsWith("署") || body.endsWith("中心")) {
            return DEPARTMENT;
        }
        return OTHER;
    }
}
