package kr.innotrack.competition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A call for proposals (공모) of one organization: 공모명, 공모주제, 공모기간 and 접수기간 (dates; the 「(30일간)」 is
 * computed), 참가대상 as written with the rules the app enforces (age range, individual and/or team, team size),
 * 제출서류 and 접수방법 as written. Versioned: two admins may edit it.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Competition extends BaseEntity {

    private Long organizationId;
    private String title;
    private String theme;
    private LocalDate contestStart;
    private LocalDate contestEnd;
    private LocalDate receiptStart;
    private LocalDate receiptEnd;
    private String eligibility;
    private Integer minAge;
    private Integer maxAge;
    private boolean individualAllowed;
    private boolean teamAllowed;
    private Integer minTeamSize;
    private Integer maxTeamSize;
    private String submissionMethod;

    @Enumerated(EnumType.STRING)
    private CompetitionState state;

    private LocalDateTime announcedAt;
    private LocalDateTime resultsPublishedAt;
    private LocalDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "competition_document", joinColumns = @JoinColumn(name = "competition_id"))
    @OrderColumn(name = "position")
    private List<RequiredDocument> documents = new ArrayList<>();

    Competition(Long organizationId, LocalDateTime createdAt) {
        this.organizationId = organizationId;
        this.state = CompetitionState.DRAFT;
        this.createdAt = createdAt;
    }

    void apply(CompetitionForm f) {
        this.title = f.getTitle();
        this.theme = f.getTheme();
        this.contestStart = f.getContestStart();
        this.contestEnd = f.getContestEnd();
        this.receiptStart = f.getReceiptStart();
        this.receiptEnd = f.getReceiptEnd();
        this.eligibility = f.getEligibility();
        this.minAge = f.getMinAge();
        this.maxAge = f.getMaxAge();
        this.individualAllowed = f.isIndividualAllowed();
        this.teamAllowed = f.isTeamAllowed();
        this.minTeamSize = f.isTeamAllowed() ? f.getMinTeamSize() : null;
        this.maxTeamSize = f.isTeamAllowed() ? f.getMaxTeamSize() : null;
        this.submissionMethod = f.getSubmissionMethod();
        this.documents.clear();
        f.documentList().forEach(d -> documents.add(new RequiredDocument(d.getName(), d.isRequired())));
    }

    void announce(LocalDateTime at) {
        this.state = CompetitionState.ANNOUNCED;
        this.announcedAt = at;
    }

    void publishResults(LocalDateTime at) {
        this.state = CompetitionState.JUDGED;
        this.resultsPublishedAt = at;
    }

    Phase phase(LocalDate today) {
        return Phase.of(state, receiptStart, receiptEnd, today);
    }

    /** The days of a period counted as the source does: 2023. 5. 16. ~ 6. 15. is 「30일간」 (end minus start). */
    static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end);
    }

    public long contestDays() {
        return days(contestStart, contestEnd);
    }

    public long receiptDays() {
        return days(receiptStart, receiptEnd);
    }

    public String contestPeriodText() {
        return period(contestStart, contestEnd);
    }

    public String receiptPeriodText() {
        return period(receiptStart, receiptEnd);
    }

    /** A period written as the source writes it: 「2023. 5. 16. ~ 6. 15.」 (the end's year only when it differs). */
    static String period(LocalDate start, LocalDate end) {
        String from = start.getYear() + ". " + start.getMonthValue() + ". " + start.getDayOfMonth() + ".";
        String to = (end.getYear() == start.getYear() ? "" : end.getYear() + ". ") + end.getMonthValue() + ". "
                + end.getDayOfMonth() + ".";
        return from + " ~ " + to;
    }

    /** The call's rules for the applicant, as enforced: age range and team size (null when not restricted). */
    public boolean ageRestricted() {
        return minAge != null || maxAge != null;
    }
}
