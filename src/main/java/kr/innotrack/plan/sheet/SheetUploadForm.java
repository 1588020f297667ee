package kr.innotrack.plan.sheet;

import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import kr.innotrack.shared.web.RejectedInput;
import org.springframework.web.multipart.MultipartFile;

/** The upload of a filled-in plan workbook (multipart, field {@code file}). */
@Getter
@Setter
class SheetUploadForm {

    private MultipartFile file;

    /** The file's bytes; no file, or one over the size limit, is refused beside the field before it is read. */
    byte[] content() {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            throw new RejectedInput("file", "sheet.file.missing");
        }
        if (file.getSize() > PlanWorkbookReader.MAX_BYTES) {
            throw new RejectedInput("file", "sheet.file.tooLarge", PlanWorkbookReader.MAX_BYTES / 1024 / 1024);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new RejectedInput("file", "sheet.file.unreadable");
        }
    }
}
