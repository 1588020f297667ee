package kr.innotrack.organization;

import jakarta.persistence.Entity;
import kr.innotrack.shared.BaseEntity;

/** A local government (기관) that runs plans. */
@Entity
public class Organization extends BaseEntity {

    private String name;
    private String fullName;

    protected Organization() {
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return fullName;
    }
}
