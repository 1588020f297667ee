package kr.innotrack.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiActualRepository extends JpaRepository<KpiActual, Long> {

    Optional<KpiActual> findByKpiIdAndActualYearAndQuarter(Long kpiId, int actualYear, int quarter);
}
