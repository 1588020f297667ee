package kr.innotrack.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import kr.innotrack.organization.Organization;
import kr.innotrack.plan.Plan;

/** What the {@code @WebMvcTest} slices stand on: Samcheok (organization 7) and its 2021 plan (plan 1), as mocks. */
public final class SliceFixtures {

    public static final long ORGANIZATION_ID = 7L;
    public static final long PLAN_ID = 1L;

    private SliceFixtures() {
    }

    public static Plan samcheokPlan() {
        Organization org = mock(Organization.class);
        when(org.getId()).thenReturn(ORGANIZATION_ID);
        when(org.getName()).thenReturn("삼척시");
        Plan plan = mock(Plan.class);
        when(plan.getId()).thenReturn(PLAN_ID);
        when(plan.getOrganization()).thenReturn(org);
        when(plan.getPlanYear()).thenReturn(2021);
        when(plan.getTitle()).thenReturn("삼척시 혁신 실행계획");
        return plan;
    }
}
