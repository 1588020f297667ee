package kr.innotrack.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Identity key plus an optimistic-lock version: every record two people can edit extends this. */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    protected BaseEntity() {
    }

    /**
     * A read copy: an instance built by a query's constructor expression ({@code select new …}) with the row's key and
     * version, never managed by a persistence context. Read paths use such copies for what a page only displays or
     * computes from (no entity materialisation, no proxies); changing one changes nothing in the database.
     */
    protected BaseEntity(Long id, long version) {
        this.id = id;
        this.version = version;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
