package kr.innotrack.competition;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One document of a call's 제출서류: its name and whether an entry must include it (one file each). */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor
class RequiredDocument {

    private String name;
    private boolean required;
}
