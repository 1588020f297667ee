package kr.innotrack.scoring;

import kr.innotrack.shared.Messages;
import kr.innotrack.shared.web.Csv;

/** A confirmed award result as CSV: a line per department, then the model version, who confirmed, any tie note. */
final class AwardCsv {

    private AwardCsv() {
    }

    static String of(AwardResult result, Messages messages) {
        StringBuilder out = new StringBuilder(messages.get("scoring.csv.awards.header")).append("\r\n");
        for (AwardLine l : result.getLines()) {
            out.append(l.getRank()).append(',').append(Csv.cell(l.getDepartmentName())).append(',')
                    .append(l.getScore().toPlainString()).append(',').append(l.getTaskCount()).append(',')
                    .append(Csv.cell(l.getGrade())).append(',')
                    .append(l.getAmountThousandWon() == null ? "" : l.getAmountThousandWon()).append(',')
                    .append(Csv.cell(l.getComponents())).append("\r\n");
        }
        out.append(Csv.cell(messages.get("scoring.csv.awards.footer", String.valueOf(result.getModelVersionNo()),
                String.valueOf(result.getConfirmedAt()), result.getConfirmedBy()))).append("\r\n");
        if (result.getTieNote() != null) {
            out.append(Csv.cell(result.getTieNote())).append("\r\n");
        }
        return out.toString();
    }
}
