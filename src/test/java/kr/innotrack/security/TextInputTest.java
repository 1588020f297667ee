package kr.innotrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import kr.innotrack.shared.web.Csv;
import kr.innotrack.shared.web.SpreadsheetText;
import kr.innotrack.shared.text.TextInput;
import org.junit.jupiter.api.Test;

/** The text input rule and the spreadsheet cell rule, unit by unit. */
class TextInputTest {

    @Test
    void controlCharactersBidiOverridesAndInvisibleTextAreRemoved() {
        assertThat(TextInput.clean("\u0000\u001b\u0007추진\u202e내용\u2066", false)).isEqualTo("추진내용");
        assertThat(TextInput.clean("\uFEFF", false)).isNull();
        // noncharacters would break the XML of a .hwpx or .xlsx made from the text (issue 17)
        assertThat(TextInput.clean("원인 \uFFFF분석\uFFFE \uD83F\uDFFE끝\uFDD0", false)).isEqualTo("원인 분석 끝");
        assertThat(TextInput.clean(" \u200B\u3164\u00A0 ", false)).isNull();
        assertThat(TextInput.clean("첫 줄\r\n둘째 줄\t끝\r", true)).isEqualTo("첫 줄\n둘째 줄\t끝");
        assertThat(TextInput.clean("첫 줄\r\n둘째 줄\t끝", false)).isEqualTo("첫 줄 둘째 줄 끝");
        assertThat(TextInput.clean("  담당자  ", false)).isEqualTo("담당자");
    }

    /** Found by the attack on issue 15: 삼척\u200b시 registered beside 삼척시. A name that looks the same is the same. */
    @Test
    void charactersThatNeverShowAreRemovedInsideTextToo() {
        assertThat(TextInput.clean("삼척\u200B시", false)).isEqualTo("삼척시");
        assertThat(TextInput.clean("기획\u00AD조정실", false)).isEqualTo("기획조정실");
        assertThat(TextInput.clean("기획\u2060조정\uFEFF실", true)).isEqualTo("기획조정실");
        assertThat(TextInput.clean("👩\u200D💻", false)).as("the joiner of an emoji sequence stays").isEqualTo("👩\u200D💻");
    }

    @Test
    void hangulTypedAsJamoCountsAsTheSyllablesAPersonSees() {
        String decomposed = "\u1112\u1161\u11AB\u1100\u1173\u11AF"; // 한글 as six jamo
        assertThat(decomposed).hasSize(6);
        assertThat(TextInput.clean(decomposed, false)).isEqualTo("한글").hasSize(2);
    }

    @Test
    void spreadsheetCellsThatCouldRunAFormulaAreNeutralised() {
        for (String s : new String[] {"=1+2", "+1", "-1", "@SUM(A1)", "\t=1+3", "\r=1", "\n=1", "＝1"}) {
            assertThat(SpreadsheetText.neutralise(s)).as(s).startsWith("'");
        }
        assertThat(SpreadsheetText.neutralise("최우수")).isEqualTo("최우수");
        assertThat(Csv.cell("=1+2\nZ")).isEqualTo("\"'=1+2\nZ\"");
        assertThat(Csv.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }
}
