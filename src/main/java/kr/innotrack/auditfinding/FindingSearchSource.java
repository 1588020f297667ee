package kr.innotrack.auditfinding;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.search.SearchHit;
import kr.innotrack.search.SearchKind;
import kr.innotrack.search.SearchQuery;
import kr.innotrack.search.SearchSource;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Audit findings in the global search: title, finding text, action plan, closing note and the progress log; two
 * statements at most (the findings, then the matching progress entries of those found, for the snippet).
 */
@Component
@RequiredArgsConstructor
class FindingSearchSource implements SearchSource {

    private final EntityManager em;
    private final Messages messages;

    @Override
    public SearchKind kind() {
        return SearchKind.FINDING;
    }

    @Override
    // runs inside SearchQueries' read-only transaction
    public List<SearchHit> find(SearchQuery query, int offset, int limit) {
        List<AuditFinding> found = em.createQuery("""
                        select f from AuditFinding f left join fetch f.department
                        where f.organizationId = :organizationId
                          and (lower(f.title) like :q escape '\\' or lower(f.findingText) like :q escape '\\'
                            or lower(f.actionPlan) like :q escape '\\' or lower(f.closingNote) like :q escape '\\'
                            or lower(f.committee) like :q escape '\\'
                            or exists (select 1 from AuditProgress a where a.findingId = f.id
                                       and lower(a.content) like :q escape '\\'))
                        order by f.findingYear desc, f.id desc""", AuditFinding.class)
                .setParameter("organizationId", query.organizationId())
                .setParameter("q", query.pattern())
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> progress = new LinkedHashMap<>();
        em.createQuery("""
                        select a from AuditProgress a where a.findingId in :ids and lower(a.content) like :q escape '\\'
                        order by a.entryDate desc, a.id desc""", AuditProgress.class)
                .setParameter("ids", found.stream().map(AuditFinding::getId).toList())
                .setParameter("q", query.pattern())
                .getResultList()
                .forEach(a -> progress.computeIfAbsent(a.getFindingId(), k -> new ArrayList<>()).add(a.getContent()));
        return found.stream().map(f -> {
            List<String> texts = new ArrayList<>(List.of(f.getTitle()));
            texts.add(f.getFindingText());
            texts.add(f.getActionPlan());
            texts.add(f.getClosingNote());
            texts.addAll(progress.getOrDefault(f.getId(), List.of()));
            texts.add(f.getCommittee());
            return new SearchHit(f.getTitle(),
                    messages.get("search.context.finding", f.getFindingYear(),
                            f.getManagementNumber() == null ? "-" : f.getManagementNumber(),
                            f.getDepartment() == null ? "-" : f.getDepartment().getName()),
                    "/audit-findings/" + f.getId(), texts);
        }).toList();
    }
}
