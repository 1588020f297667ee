package kr.innotrack.publicvote;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One case of a vote (사례): its place, its name (e.g. the institution), a summary every voter reads and details they
 * may open; a case of a contest's vote names the shortlisted task ({@code taskId}). Fixed once the vote is public.
 */
@Entity
@Table(name = "public_vote_case")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VoteCase extends BaseEntity {

    private Long voteId;
    private int sortOrder;
    private String name;
    private String summary;
    private String details;
    private Long taskId;

    VoteCase(Long voteId, int sortOrder, VoteCommands.CaseFields fields, Long taskId) {
        this.voteId = voteId;
        this.sortOrder = sortOrder;
        this.taskId = taskId;
        apply(fields);
    }

    void apply(VoteCommands.CaseFields fields) {
        this.name = fields.name();
        this.summary = fields.summary();
        this.details = fields.details();
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
