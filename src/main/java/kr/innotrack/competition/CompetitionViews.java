package kr.innotrack.competition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.innotrack.evidence.AttachmentView;
import kr.innotrack.history.ChangeLogEntry;

/** What the pages show. */
final class CompetitionViews {

    private CompetitionViews() {
    }

    /** A call in a list: the call, where it stands today and how many entered (「총 N명 참여」). */
    record Row(Competition call, Phase phase, long entries) {
    }

    /** One call for the office: its entries with their files, and its history. */
    record StaffCall(Competition call, Phase phase, List<CompetitionEntry> entries,
                     Map<Long, List<AttachmentView>> files, List<ChangeLogEntry> history, boolean editable,
                     boolean announceable, boolean gradable, boolean publishable) {
    }

    /** One public call: the notice, where it stands, how many entered, the winners once published. */
    record PublicCall(Competition call, Phase phase, long entries, List<Winner> winners, LocalDate today) {

        public boolean open() {
            return phase == Phase.OPEN;
        }
    }

    /** A winner as the public sees it: the entry's title, its grade and the applicant's masked name. */
    record Winner(String title, Grade grade, String maskedName) {
    }
}
