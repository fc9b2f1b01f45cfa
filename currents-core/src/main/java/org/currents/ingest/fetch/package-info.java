/**
 * Fetching URLs politely and safely: robots.txt (crawler-commons), a per-host delay and concurrency
 * limit, conditional GET with remembered validators, retries with backoff on 429 and 5xx that honour
 * Retry-After, and limits on redirects, bytes and time. Private, loopback and link-local addresses
 * are refused unless allowed explicitly, at every redirect and after DNS resolution (no SSRF).
 *
 * <p>Traps: a fetch never throws for a bad URL or server, it returns a failed outcome; the address
 * check resolves the host itself, and the HTTP client resolves it again when it connects, so a DNS
 * server that answers differently within that moment could still steer a request (documented gap).
 */
@NullMarked
package org.currents.ingest.fetch;

import org.jspecify.annotations.NullMarked;
