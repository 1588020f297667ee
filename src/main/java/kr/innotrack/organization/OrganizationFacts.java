package kr.innotrack.organization;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What an organization reports about itself: headcount, budgets per department, committees. Read-only. */
@Repository
@RequiredArgsConstructor
class OrganizationFacts {

    private final JdbcTemplate jdbc;

    record Headcount(int authorized, int current) {
    }

    record Budget(int year, BigDecimal total, BigDecimal program, BigDecimal administrative) {
    }

    public record Committee(String name, String chair, int total, Integer exOfficio, Integer appointed,
                            String department) {
    }

    /** 정원/현원 summed over grades as of the latest date reported, of one organization's departments or one department. */
    private static final String HEADCOUNT = """
            select h.department_id, sum(h.authorized), sum(h.current_count) from department_headcount h
            join department d on d.id = h.department_id
            where %s = ? and h.as_of = (select max(h2.as_of) from department_headcount h2
                                        where h2.department_id = h.department_id)
            group by h.department_id""";

    /** department id → 정원/현원 summed over grades, as of the latest date reported. */
    Map<Long, Headcount> headcount(Long organizationId) {
        Map<Long, Headcount> result = new HashMap<>();
        jdbc.query(HEADCOUNT.formatted("d.organization_id"),
                rs -> {
                    result.put(rs.getLong(1), new Headcount(rs.getInt(2), rs.getInt(3)));
                }, organizationId);
        return result;
    }

    java.util.Optional<Headcount> headcountOf(Long departmentId) {
        return jdbc.query(HEADCOUNT.formatted("d.id"), (rs, i) -> new Headcount(rs.getInt(2), rs.getInt(3)),
                departmentId).stream().findFirst();
    }

    /** department id → its budget for the latest year reported. */
    Map<Long, Budget> budgets(Long organizationId) {
        Map<Long, Budget> result = new HashMap<>();
        jdbc.query("""
                select b.department_id, b.budget_year, b.total_million, b.program_million, b.administrative_million
                from department_budget b join department d on d.id = b.department_id
                where d.organization_id = ? and b.budget_year = (select max(b2.budget_year) from department_budget b2
                                                                  where b2.department_id = b.department_id)""",
                rs -> {
                    result.put(rs.getLong(1), new Budget(rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5)));
                }, organizationId);
        return result;
    }

    List<Committee> committees(Long organizationId) {
        return jdbc.query("""
                select c.name, c.chair, c.members_total, c.members_ex_officio, c.members_appointed, d.name
                from committee c left join department d on d.id = c.department_id
                where c.organization_id = ? order by c.sort_order""",
                (rs, i) -> new Committee(rs.getString(1), rs.getString(2), rs.getInt(3),
                        (Integer) rs.getObject(4, Integer.class), (Integer) rs.getObject(5, Integer.class), rs.getString(6)),
                organizationId);
    }

    /** department id → how many enabled accounts belong to it. */
    Map<Long, Long> enabledAccounts(Long organizationId) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("""
                select department_id, count(*) from account
                where organization_id = ? and department_id is not null and enabled = true group by department_id""",
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                }, organizationId);
        return result;
    }
}
