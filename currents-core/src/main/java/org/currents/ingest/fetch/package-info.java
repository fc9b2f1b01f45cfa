/**
 * Fetching URLs politely and safely: robots.txt (crawler-commons), a per-host delay and concurrency
 * limit, conditional GET with remembered validators, retries with backoff on 429 and 5xx that honour
 * Retry-After, and limits on redirects, bytes and time. Private, loopback and link-local addresses
 * are refused unless allowed explicitly, at every redirect and after DNS resolution (no SSRF).
 *
 * <p>Addresses are pinned: each request resolves its host once ({@link
 * org.currents.ingest.fetch.HostResolver}, the system's DNS by default), every address of the answer
 * is checked ({@link org.currents.ingest.fetch.CheckedDnsResolver}), and the request is sent to one
 * of those very addresses, named by its host for the Host header, SNI and the certificate check. The
 * HTTP client never looks the name up again, so a DNS answer that changes after the check
 * (rebinding) cannot steer the connection.
 *
 * <p>Traps: a fetch never throws for a bad URL or server, it returns a failed outcome. Anything that
 * lets the HTTP client resolve names itself (a proxy, its own redirect handling, a target without an
 * address) would reopen the rebinding gap: its connection manager holds the checking resolver for
 * that reason, but keep redirects and targets in {@link org.currents.ingest.fetch.PoliteFetcher}.
 */
@NullMarked
package org.currents.ingest.fetch;

import org.jspecify.annotations.NullMarked;
