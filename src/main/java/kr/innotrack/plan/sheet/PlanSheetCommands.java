package kr.innotrack.plan.sheet;

import java.util.function.Supplier;
import kr.innotrack.plan.PlanAssembly;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a plan from an uploaded workbook in one transaction (a draft, 작성 중), through {@link PlanAssembly}. The file is read
 * again here, against the data as it is now: a problem (a department closed since the preview, the year taken)
 * refuses the whole file and nothing is saved.
 */
@Service
@Transactional
@RequiredArgsConstructor
class PlanSheetCommands {

    private final PlanSheets sheets;
    private final PlanAssembly assembly;

    Long create(CurrentUser user, Supplier<byte[]> content) {
        SheetReading reading = sheets.read(user, content);
        if (!reading.clean()) {
            throw new RejectedInput(null, "sheet.problems.count", reading.problems().size() + reading.moreProblems());
        }
        return assembly.create(reading.blueprint(), user);
    }
}
