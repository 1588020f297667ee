package kr.innotrack.publicvote;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A public vote (국민심사) of an organization: title, explanation, how many cases a voter picks, when it opens and
 * closes, and its state. A vote imported from elsewhere (the seeded 2019 one) has a recorded participant count and
 * no ballots. A vote made for a plan's year-end contest names the plan ({@code contestPlanId}).
 */
@Entity
@Table(name = "public_vote")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PublicVote extends BaseEntity {

    private Long organizationId;
    private String title;
    private String explanation;
    private int pickCount;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    @Enumerated(EnumType.STRING)
    private VoteState state;
    private boolean closedEarly;
    private LocalDateTime resultsPublishedAt;
    private int recordedParticipants;
    private boolean imported;
    private Long contestPlanId;
    private LocalDateTime createdAt;
    private String createdBy;

    PublicVote(Long organizationId, VoteCommands.VoteFields fields, Long contestPlanId, LocalDateTime createdAt,
               String createdBy) {
        this.organizationId = organizationId;
        this.state = VoteState.DRAFT;
        this.contestPlanId = contestPlanId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(fields);
    }

    void apply(VoteCommands.VoteFields fields) {
        this.title = fields.title();
        this.explanation = fields.explanation();
        this.pickCount = fields.pickCount();
        this.opensAt = fields.opensAt();
        this.closesAt = fields.closesAt();
    }

    void publish() {
        this.state = VoteState.OPEN;
    }

    void closeNow(LocalDateTime now) {
        this.closesAt = now;
        this.closedEarly = true;
    }

    void publishResults(LocalDateTime now) {
        this.state = VoteState.RESULTS;
        this.resultsPublishedAt = now;
    }

    public VotePhase phase(LocalDateTime now) {
        return VotePhase.of(state, opensAt, closesAt, now);
    }
}
