package org.corroborate.audit;

/** The administrative acts the audit log records. */
public enum AuditAction {
    USER_CREATED("user created"),
    PASSWORD_RESET("password reset"),
    USER_DISABLED("user disabled"),
    USER_ENABLED("user enabled"),
    PROJECT_CREATED("project created"),
    PROJECT_CHANGED("project renamed or described"),
    SETTINGS_CHANGED("settings changed"),
    MEMBER_SET("member added or role changed"),
    MEMBER_REMOVED("member removed"),
    LABELS_CHANGED("label set changed"),
    GOLD_DELETED("gold span deleted"),
    EXPORT_STARTED("export started"),
    EXERCISE_DELETED("exercise deleted"),
    TOKEN_CREATED("access token created"),
    TOKEN_REVOKED("access token revoked"),
    PROJECT_ARCHIVED("project archived"),
    PROJECT_RESTORED("project restored from an archive");

    private final String caption;

    AuditAction(String caption) {
        this.caption = caption;
    }

    public String caption() {
        return caption;
    }
}
