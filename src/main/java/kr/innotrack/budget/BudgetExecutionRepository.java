package kr.innotrack.budget;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetExecutionRepository extends JpaRepository<BudgetExecution, Long> {
}
