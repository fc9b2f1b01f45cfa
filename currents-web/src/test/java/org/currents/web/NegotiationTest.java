package org.currents.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NegotiationTest {
  @Test
  void gzipIsUsedOnlyWhenTheClientAllowsIt() {
    assertTrue(Negotiation.acceptsGzip("gzip, deflate, br"));
    assertTrue(Negotiation.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    assertTrue(Negotiation.acceptsGzip("x-gzip"));
    assertTrue(Negotiation.acceptsGzip("*"));
    assertFalse(Negotiation.acceptsGzip(null));
    assertFalse(Negotiation.acceptsGzip(""));
    assertFalse(Negotiation.acceptsGzip("identity"));
    assertFalse(Negotiation.acceptsGzip("br, deflate"));
    assertFalse(Negotiation.acceptsGzip("gzip;q=0"));
    assertFalse(Negotiation.acceptsGzip("gzip; q=0.0, *"));
    assertFalse(Negotiation.acceptsGzip("*;q=0"));
    assertFalse(Negotiation.acceptsGzip("gzip;q=high"));
  }

  @Test
  void ifNoneMatchComparesWeaklyInAList() {
    String etag = "\"abc\"";
    assertTrue(Negotiation.notModified("\"abc\"", etag));
    assertTrue(Negotiation.notModified("W/\"abc\"", etag));
    assertTrue(Negotiation.notModified("\"x\", \"abc\"", etag));
    assertTrue(Negotiation.notModified("*", etag));
    assertFalse(Negotiation.notModified(null, etag));
    assertFalse(Negotiation.notModified("\"abcd\"", etag));
    assertFalse(Negotiation.notModified("abc", etag));
  }
}
