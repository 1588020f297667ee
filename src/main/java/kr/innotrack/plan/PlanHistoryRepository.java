package kr.innotrack.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanHistoryRepository extends JpaRepository<PlanHistory, Long> {

    List<PlanHistory> findByPlanIdOrderByHistoryYearAsc(Long planId);
}
