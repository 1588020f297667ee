package kr.innotrack.checkround;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignalRuleRepository extends JpaRepository<SignalRule, Long> {

    Optional<SignalRule> findByPlanId(Long planId);
}
