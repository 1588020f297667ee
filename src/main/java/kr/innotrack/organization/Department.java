package kr.innotrack.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A department (부서) of an organization; departments may nest (e.g. 담당관실 under an office). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Department extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department parent;

    @jakarta.persistence.Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    private String name;
    private int sortOrder;

    /** The day it stopped existing (a reorganisation); earlier plans still point at it. */
    private LocalDate closedOn;

    /** The department that took over its work when a reorganisation closed it (the main one of a split). */
    @jakarta.persistence.Column(name = "successor_id")
    private Long successorId;

    /** MERGED or SPLIT when a reorganisation closed it; null otherwise. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Reorganisation reorganised;

    Department(Organization organization, Department parent, String name, int sortOrder) {
        this.organization = organization;
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    void rename(String name) {
        this.name = name;
    }

    void placeUnder(Department parent, int sortOrder) {
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.sortOrder = sortOrder;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    void reopen() {
        this.closedOn = null;
        this.successorId = null;
        this.reorganised = null;
    }

    /** Closed by a merge or a split from {@code on}: its work follows {@code successor}. */
    void closeInto(LocalDate on, Department successor, Reorganisation kind) {
        this.closedOn = on;
        this.successorId = successor.getId();
        this.reorganised = kind;
    }
}
