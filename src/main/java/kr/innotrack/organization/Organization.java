package kr.innotrack.organization;

import jakarta.persistence.Entity;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A local government (기관) that runs plans. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Organization extends BaseEntity {

    private String name;
    private String fullName;
}
