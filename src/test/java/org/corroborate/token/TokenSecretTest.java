package org.corroborate.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void a_token_is_recognisable_by_its_prefix_and_carries_32_random_bytes() {
        String token = TokenSecret.generate(new SecureRandom());
        assertThat(token).startsWith("crb_").hasSize(4 + 43).matches("crb_[A-Za-z0-9_-]{43}");
        assertThat(TokenSecret.looksLikeToken(token)).isTrue();
        assertThat(TokenSecret.looksLikeToken("ghp_" + token.substring(4))).isFalse();
        assertThat(TokenSecret.looksLikeToken(token + "x")).isFalse();
    }

    @Test
    void tokens_do_not_repeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(TokenSecret.generate(random))).isTrue();
        }
    }

    @Test
    void the_hash_is_the_sha_256_of_the_token_in_hex_and_never_contains_the_token() {
        assertThat(TokenSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = TokenSecret.generate(new SecureRandom());
        assertThat(TokenSecret.hash(token))
                .hasSize(64)
                .isEqualTo(TokenSecret.hash(token))
                .isNotEqualTo(TokenSecret.hash(token + "x"))
                .doesNotContain(token.substring(4, 12));
    }

    @Test
    void the_hint_shows_the_prefix_and_four_characters_only() {
        assertThat(TokenSecret.hint("crb_abcdefgh")).isEqualTo("crb_abcd");
    }

    @Test
    void scopes_read_and_write_as_comma_separated_codes() {
        assertThat(TokenScope.parse("import, read")).containsExactlyInAnyOrder(TokenScope.READ, TokenScope.IMPORT);
        assertThat(TokenScope.format(TokenScope.parse("import,read"))).isEqualTo("read,import");
    }
}
