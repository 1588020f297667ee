package kr.innotrack.document;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a module's print template (a Thymeleaf template written as well-formed XHTML) to text for
 * {@link PdfRenderer}. Messages ({@code #{…}}) and beans ({@code ${@messages…}}) work as on a page; link expressions
 * ({@code @{…}}) do not (there is no request), and a print page needs none.
 */
@Component
@RequiredArgsConstructor
public class PrintPages {

    private final ITemplateEngine templates;

    private final ApplicationContext applicationContext;

    public String render(String template, Map<String, ?> model) {
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariables(Map.copyOf(model));
        ConversionService conversions = applicationContext.getBeanProvider(ConversionService.class).getIfAvailable();
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversions));
        return templates.process(template, context);
    }
}
