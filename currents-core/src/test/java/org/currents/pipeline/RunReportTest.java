package org.currents.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.junit.jupiter.api.Test;

class RunReportTest {
  @Test
  void skipsAreCountedAndKeptButOnlyFailuresFailTheStage() {
    RunReport report = new RunReport();
    report.count("read", Outcome.ok("page"));
    report.count("read", Outcome.skipped(ProblemCode.NOT_AN_ARTICLE, "news.warc#3", "HTTP status 301"));
    report.count("read", Outcome.skipped(ProblemCode.DUPLICATE, "b.html", "already stored"));
    assertFalse(report.anyFailed("read"));
    assertEquals(2, report.problems().size());

    report.count("read", Outcome.failed(ProblemCode.TRUNCATED, "news.warc", "the WARC file ends early"));
    assertTrue(report.anyFailed("read"));
    assertFalse(report.anyFailed("extract"));
  }
}
