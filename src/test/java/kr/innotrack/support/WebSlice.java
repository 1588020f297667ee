package kr.innotrack.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.innotrack.navigation.Viewer;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.text.ParticleMessages;
import kr.innotrack.shared.web.FormSubmission;
import org.springframework.context.annotation.Import;

/**
 * What every {@code @WebMvcTest} slice needs besides its controllers: the words ({@link Messages}, used by the
 * exception handler, with their particles resolved: {@link ParticleMessages}) and the one form ending ({@link FormSubmission}), who reads the page for the header ({@link Viewer}). Put it next to {@code @WebMvcTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({Messages.class, FormSubmission.class, ParticleMessages.class, Viewer.class})
public @interface WebSlice {
}
