package org.corroborate.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under {@code /api/v1} is a 404 problem: without this, Spring MVC would hand it on to Vaadin's
 * forwarding mapping, and a script would get the web app's page instead of JSON.
 */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/v1/**")
    ResponseEntity<ProblemDetail> noSuchEndpoint() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(ApiProblems.PROBLEM_JSON)
                .body(ApiProblems.problem(HttpStatus.NOT_FOUND, "There is no such endpoint; see /api/docs."));
    }
}
