package kr.innotrack.evidence;

import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

/** The upload of one evidence file (multipart, field {@code file}). */
@Getter
@Setter
class UploadForm {

    private MultipartFile file;
}
