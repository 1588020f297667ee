package kr.innotrack.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A citizen proposal (국민 제안) to one organization. Its support count is kept by {@link ProposalSupports} in SQL (not
 * through this entity, so supports never collide with the office's edits); the proposer's e-mail is kept only until
 * the decision's notice is sent.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Proposal extends BaseEntity {

    private Long organizationId;
    private String title;
    private String body;
    @Enumerated(EnumType.STRING)
    private ProposalCategory category;
    private Long relatedTaskId;
    private String answerEmail;
    private LocalDateTime consentedAt;
    @Enumerated(EnumType.STRING)
    private Publication publication;
    private String hiddenReason;
    @Enumerated(EnumType.STRING)
    private Triage triage;
    private String decisionReason;
    private Long adoptedTaskId;
    private LocalDateTime decidedAt;
    @Column(insertable = false, updatable = false)
    private int supportCount;
    private LocalDateTime submittedAt;
    private LocalDateTime publishedAt;

    Proposal(Long organizationId, String title, String body, ProposalCategory category, Long relatedTaskId,
             String answerEmail, LocalDateTime now) {
        this.organizationId = organizationId;
        this.title = title;
        this.body = body;
        this.category = category;
        this.relatedTaskId = relatedTaskId;
        this.answerEmail = answerEmail;
        this.consentedAt = now;
        this.submittedAt = now;
        this.publication = Publication.PENDING;
        this.triage = Triage.RECEIVED;
    }

    void publish(LocalDateTime now) {
        this.publication = Publication.PUBLISHED;
        this.publishedAt = now;
    }

    void hide(String reason) {
        this.publication = Publication.HIDDEN;
        this.hiddenReason = reason;
    }

    void startReview() {
        this.triage = Triage.REVIEWING;
    }

    void adopt(Long taskId, LocalDateTime now) {
        this.triage = Triage.ADOPTED;
        this.adoptedTaskId = taskId;
        this.decidedAt = now;
    }

    void reject(String reason, LocalDateTime now) {
        this.triage = Triage.REJECTED;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    /** The address is deleted once the decision's notice has gone out (docs/proposals.md). */
    void forgetAddress() {
        this.answerEmail = null;
    }

    /** Citizens may add support: published and not decided. */
    boolean open() {
        return publication == Publication.PUBLISHED && !triage.decided();
    }
}
