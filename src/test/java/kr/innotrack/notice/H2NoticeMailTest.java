package kr.innotrack.notice;

import kr.innotrack.participation.ParticipationContext;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = ParticipationContext.H2.class)
class H2NoticeMailTest extends NoticeMailTests {
}
