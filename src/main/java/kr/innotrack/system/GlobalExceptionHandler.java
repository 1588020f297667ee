package kr.innotrack.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The one place that turns expected failures into answers a person (or a calling system) can use: a Korean
 * page for the browser, a small JSON body for {@code /api/**}. Never a stack trace. Anything unexpected falls
 * through to Spring Boot's error handling, which renders {@code templates/error/*.html}.
 */
@ControllerAdvice
class GlobalExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error/404",
                "요청하신 " + e.what() + "을(를) 찾을 수 없습니다.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest request) {
        String message = e instanceof AccessDeniedHere ? e.getMessage() : "이 작업을 할 권한이 없습니다.";
        return answer(request, HttpStatus.FORBIDDEN, "error/403", message);
    }

    @ExceptionHandler(NotAllowedNow.class)
    ModelAndView notNow(NotAllowedNow e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "error/409", e.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request) {
        String message = e instanceof MissingServletRequestParameterException missing
                ? "필수 값 '" + missing.getParameterName() + "'이(가) 없습니다."
                : "주소에 포함된 값 '" + ((MethodArgumentTypeMismatchException) e).getValue() + "'의 형식이 올바르지 않습니다.";
        return answer(request, HttpStatus.BAD_REQUEST, "error/400", message);
    }

    private static ModelAndView answer(HttpServletRequest request, HttpStatus status, String view, String message) {
        ModelAndView mav;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JacksonJsonView json = new JacksonJsonView();
            json.setExtractValueFromSingleKeyModel(true);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("message", message);
            body.put("path", request.getRequestURI());
            mav = new ModelAndView(json, Map.of("body", body));
        } else {
            mav = new ModelAndView(view);
            mav.addObject("message", message);
            mav.addObject("path", request.getRequestURI());
        }
        mav.setStatus(status);
        return mav;
    }
}
