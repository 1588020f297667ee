package kr.innotrack.shared.text;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ParticleMessageSource} around the {@code messageSource} bean (Spring Boot's, from
 * {@code spring.messages.*}); the application context hands that bean to everything that says words.
 */
@Component
public class ParticleMessages implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName) && bean instanceof MessageSource source
                && !(bean instanceof ParticleMessageSource)) {
            return new ParticleMessageSource(source);
        }
        return bean;
    }
}
