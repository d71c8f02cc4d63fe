package org.corroborate.labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.corroborate.scheme.Layer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A stored label of a project whose manager edited the label set (otherwise the defaults apply). */
@Entity
@Table(name = "label_definition")
class LabelDefinition {

    public static final int CODE_MAX_LENGTH = 60;
    public static final int CAPTION_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Layer layer;

    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code;

    @Column(nullable = false, length = CAPTION_MAX_LENGTH)
    private String caption;

    @Column(nullable = false, length = 20)
    private String color;

    @Column(nullable = false)
    private int position;

    protected LabelDefinition() {
        this.layer = Layer.CLAIM;
        this.code = "";
        this.caption = "";
        this.color = "";
    }

    LabelDefinition(long projectId, ProjectLabel label, int position) {
        this.projectId = projectId;
        this.layer = label.layer();
        this.code = label.code();
        this.caption = label.caption();
        this.color = label.color();
        this.position = position;
    }

    ProjectLabel toLabel() {
        return new ProjectLabel(layer, code, caption, color);
    }
}
