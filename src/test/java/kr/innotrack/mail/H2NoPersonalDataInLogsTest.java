package kr.innotrack.mail;

import kr.innotrack.participation.ParticipationContext;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = ParticipationContext.H2.class)
class H2NoPersonalDataInLogsTest extends NoPersonalDataInLogsTests {
}
