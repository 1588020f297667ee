package kr.innotrack.participation;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = ParticipationContext.H2.class)
class H2ParticipationTest extends ParticipationTests {
}
