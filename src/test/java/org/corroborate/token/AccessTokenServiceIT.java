package org.corroborate.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.audit.AuditRecord;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@CorroborateIntegrationTest
class AccessTokenServiceIT {

    @Autowired
    AccessTokenService tokens;

    @Autowired
    AuditLog audit;

    private List<AuditRecord> auditOf(String text) {
        return SystemAuthentication.runAsSystem(() -> audit.search(text, 0, 10));
    }

    @Test
    void a_user_makes_and_revokes_their_own_tokens_and_both_acts_are_in_the_audit_log() {
        String name = "audited " + System.nanoTime();
        CreatedToken created = DemoData.asUser("annotator", () -> tokens.create(name, Set.of(TokenScope.READ), 7));
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(DemoData.asUser("annotator", tokens::mine))
                .extracting(AccessTokenSummary::name)
                .contains(name);
        assertThat(auditOf(name)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.TOKEN_CREATED);
            assertThat(r.actor()).isEqualTo("annotator");
            assertThat(r.detail()).contains("read").doesNotContain(created.secret());
        });

        DemoData.asUser("annotator", () -> {
            tokens.revoke(created.token().id());
            return null;
        });
        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(auditOf(name)).anySatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.TOKEN_REVOKED));
    }

    @Test
    void nobody_sees_or_revokes_another_users_token_and_only_site_admins_manage_tokens_of_others() {
        CreatedToken theirs = DemoData.asUser(
                "curator", () -> tokens.create("mine " + System.nanoTime(), Set.of(TokenScope.READ), null));
        assertThat(DemoData.asUser("annotator", tokens::mine))
                .extracting(AccessTokenSummary::id)
                .doesNotContain(theirs.token().id());
        assertThatThrownBy(() -> DemoData.asUser("annotator", () -> {
                    tokens.revoke(theirs.token().id());
                    return null;
                }))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> DemoData.asUser("annotator", () -> tokens.listFor("curator")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(tokens.authenticate(theirs.secret())).isPresent();
    }

    @Test
    void a_token_needs_a_name_of_its_own_a_scope_and_a_sensible_expiry() {
        String name = "twice " + System.nanoTime();
        DemoData.asUser("student", () -> tokens.create(name, Set.of(TokenScope.READ), null));
        assertThatThrownBy(() -> DemoData.asUser(
                        "student", () -> tokens.create(name.toUpperCase(), Set.of(TokenScope.READ), null)))
                .isInstanceOf(TokenValidationException.class)
                .hasMessageContaining("already has");
        assertThatThrownBy(() -> DemoData.asUser("student", () -> tokens.create(" ", Set.of(TokenScope.READ), null)))
                .isInstanceOf(TokenValidationException.class);
        assertThatThrownBy(() -> DemoData.asUser("student", () -> tokens.create("no scope", Set.of(), null)))
                .isInstanceOf(TokenValidationException.class);
        assertThatThrownBy(() -> DemoData.asUser("student", () -> tokens.create("past", Set.of(TokenScope.READ), 0)))
                .isInstanceOf(TokenValidationException.class);
    }
}
