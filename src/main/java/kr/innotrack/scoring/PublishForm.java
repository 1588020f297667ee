package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import kr.innotrack.shared.web.RejectedInput;

/** Publishing the ranking: the last day departments may object (from today, at most 60 days ahead). */
@Getter
@Setter
public class PublishForm implements kr.innotrack.shared.web.VersionedForm {

    /** The publication's version the form was read at (-1: not yet published). */
    private Long version = -1L;

    @NotNull(message = "{publish.until.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate objectionUntil;

    /** The saved publication as a form (none yet: version -1, no date). */
    static PublishForm of(RankingPublication publication) {
        PublishForm f = new PublishForm();
        if (publication != null) {
            f.version = publication.getVersion();
            f.objectionUntil = publication.getObjectionUntil();
        }
        return f;
    }

    @Override
    public java.util.Map<String, String> describe() {
        return java.util.Collections.singletonMap("scoring.history.objectionUntil",
                objectionUntil == null ? null : objectionUntil.toString());
    }

    /** From today, at most 60 days ahead (for {@code FormSubmission.check}). */
    void check(LocalDate today) {
        if (objectionUntil == null) {
            return;
        }
        if (objectionUntil.isBefore(today)) {
            throw new RejectedInput("objectionUntil", "publish.until.past", today.toString());
        }
        if (objectionUntil.isAfter(today.plusDays(60))) {
            throw new RejectedInput("objectionUntil", "publish.until.far");
        }
    }

}
