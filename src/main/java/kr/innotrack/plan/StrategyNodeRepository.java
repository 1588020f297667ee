package kr.innotrack.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyNodeRepository extends JpaRepository<StrategyNode, Long> {

    List<StrategyNode> findByPlanIdOrderBySortOrder(Long planId);
}
