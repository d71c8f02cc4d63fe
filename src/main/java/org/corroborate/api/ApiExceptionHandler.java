package org.corroborate.api;

import java.util.List;
import java.util.Map;
import org.corroborate.export.ExportRefusedException;
import org.corroborate.imports.ImportRejectedException;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The services' refusals as problem details. A project or article the user may not see is 404 with the very body
 * of one that does not exist; a visible project where the user's role does not allow the act is 403.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    @ExceptionHandler(NotFoundOrNotAllowedException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundOrNotAllowedException e) {
        return respond(ApiProblems.problem(HttpStatus.NOT_FOUND, NotFoundOrNotAllowedException.MESSAGE));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e) {
        return respond(ApiProblems.problem(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    /** All or nothing: every refused file with its reason; nothing was stored. */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "Import refused, nothing was stored: " + e.getMessage());
        List<Map<String, String>> refused = e.problems().stream()
                .map(p -> Map.of("file", p.sourceName(), "reason", p.reason()))
                .toList();
        problem.setProperty("refused", refused);
        return respond(problem);
    }

    @ExceptionHandler(ExportRefusedException.class)
    ResponseEntity<ProblemDetail> exportRefused(ExportRefusedException e) {
        return respond(ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()));
    }

    @ExceptionHandler({
        IllegalArgumentException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class
    })
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return respond(
                ApiProblems.problem(HttpStatus.BAD_REQUEST, e.getMessage() == null ? "Bad request." : e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(ApiProblems.PROBLEM_JSON)
                .body(problem);
    }
}
