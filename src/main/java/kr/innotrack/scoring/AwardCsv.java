package kr.innotrack.scoring;

import kr.innotrack.shared.web.Csv;

/** A confirmed award result as CSV: a line per department, then the model version, who confirmed, any tie note. */
final class AwardCsv {

    private AwardCsv() {
    }

    static final String HEADER = "순위,부서,점수,과제 수,포상,포상금(천원),평가 항목";

    static String of(AwardResult result) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AwardLine l : result.getLines()) {
            out.append(l.getRank()).append(',').append(Csv.cell(l.getDepartmentName())).append(',')
                    .append(l.getScore().toPlainString()).append(',').append(l.getTaskCount()).append(',')
                    .append(Csv.cell(l.getGrade())).append(',')
                    .append(l.getAmountThousandWon() == null ? "" : l.getAmountThousandWon()).append(',')
                    .append(Csv.cell(l.getComponents())).append("\r\n");
        }
        out.append(Csv.cell("평가 모델 " + result.getModelVersionNo() + "판, 확정 " + result.getConfirmedAt() + " "
                + result.getConfirmedBy())).append("\r\n");
        if (result.getTieNote() != null) {
            out.append(Csv.cell(result.getTieNote())).append("\r\n");
        }
        return out.toString();
    }
}
