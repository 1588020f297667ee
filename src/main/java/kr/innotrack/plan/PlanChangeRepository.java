package kr.innotrack.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    List<PlanChange> findByPlanIdOrderByChangedAtDescIdDesc(Long planId);

    List<PlanChange> findByTaskIdOrderByChangedAtDescIdDesc(Long taskId);
}
