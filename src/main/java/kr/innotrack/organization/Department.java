package kr.innotrack.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import kr.innotrack.shared.BaseEntity;

/** A department (부서) of an organization; departments may nest (e.g. 담당관실 under an office). */
@Entity
public class Department extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department parent;

    @jakarta.persistence.Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    private String name;
    private int sortOrder;

    protected Department() {
    }

    public Organization getOrganization() {
        return organization;
    }

    public Department getParent() {
        return parent;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
