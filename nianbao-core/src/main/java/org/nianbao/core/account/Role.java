package org.nianbao.core.account;

/** What a user may see and do. */
public enum Role {
    /** Everything, including users and agencies. */
    ADMIN("admin", "管理员"),
    /** Reads and reviews the reports of their agency and every agency below it. */
    REVIEWER("reviewer", "审核员"),
    /** Uploads and corrects the reports of their own agency only. */
    CLERK("clerk", "填报员");

    private final String key;
    private final String label;

    Role(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key.equals(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + key + "' (admin, reviewer or clerk)");
    }
}
