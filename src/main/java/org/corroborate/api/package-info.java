/**
 * The HTTP API for scripts ({@code /api/v1}, JSON): its own stateless security chain with bearer tokens, a
 * per-token rate limit, problem details (RFC 9457) for every refusal, and thin controllers over the same services as
 * the web app, so project rights, roles and blind mode hold as they do there.
 */
@NullMarked
package org.corroborate.api;

import org.jspecify.annotations.NullMarked;
