package org.corroborate.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an article's curation log: who did what to its gold version, and when. */
@Entity
@Table(name = "curation_event")
class CurationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false, length = 64)
    private String curator;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 1000)
    private String detail;

    protected CurationEvent() {
        this.curator = "";
        this.at = Instant.EPOCH;
        this.action = "";
        this.detail = "";
    }

    CurationEvent(long articleId, String curator, Instant at, String action, String detail) {
        this.articleId = articleId;
        this.curator = curator;
        this.at = at;
        this.action = action;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    CurationLogEntry toEntry() {
        return new CurationLogEntry(at, curator, action, detail);
    }
}
