package kr.innotrack.competition;

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
 * A citizen's entry to a call: the proposal (title, summary), the applicant (name, birth year, team size and members'
 * names), the verified e-mail (kept for the result notice; the voice, a keyed hash, keeps one entry per address per
 * call), the consent time, and the office's grade (null: not judged yet). Its documents are evidence files.
 */
@Entity
@Table(name = "competition_entry")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CompetitionEntry extends BaseEntity {

    private Long competitionId;
    private String title;
    private String summary;
    private String applicantName;
    private int birthYear;
    private boolean team;
    private int teamSize;
    private String teamMembers;
    private String email;
    private String voice;
    private LocalDateTime consentedAt;
    private LocalDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    CompetitionEntry(Long competitionId, EntryForm f, String email, String voice, LocalDateTime at) {
        this.competitionId = competitionId;
        this.title = f.getTitle();
        this.summary = f.getSummary();
        this.applicantName = f.getApplicantName();
        this.birthYear = f.getBirthYear();
        this.team = f.isTeam();
        this.teamSize = f.isTeam() ? f.getTeamSize() : 1;
        this.teamMembers = f.isTeam() ? f.getTeamMembers() : null;
        this.email = email;
        this.voice = voice;
        this.consentedAt = at;
        this.submittedAt = at;
    }

    void grade(Grade grade) {
        this.grade = grade;
    }

    /** The applicant's name as the public result list shows it: 홍길동 → 홍*동, 김철 → 김*, 남궁민수 → 남**수. */
    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }
}
