package org.currents.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.currents.web.html.Pages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses: an unknown page 404, a {@link BadRequest}
 * 400, anything else 500 (logged here with its stack trace, which never reaches the client). Under
 * {@code /api/} the body is a JSON problem {@code {"status", "detail"}}; elsewhere it is an HTML
 * page in the portal's layout.
 */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  /** Maps {@code app}'s failures; {@code pages} renders the HTML error pages. */
  static void map(Javalin app, Supplier<Pages> pages) {
    app.exception(BadRequest.class, (e, ctx) -> answer(ctx, pages, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, pages, HttpStatus.INTERNAL_SERVER_ERROR, null);
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> answer(ctx, pages, HttpStatus.NOT_FOUND, null));
  }

  private static void answer(Context ctx, Supplier<Pages> pages, HttpStatus status, @Nullable String detail) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("status", status.getCode());
      problem.put("detail", detail == null ? status.getMessage().toLowerCase(java.util.Locale.ROOT) + ": " + ctx.path() : detail);
      ctx.json(problem);
    } else {
      ctx.contentType("text/html; charset=utf-8")
          .header("Content-Security-Policy", PortalServer.CONTENT_SECURITY_POLICY)
          .result(pages.get().error(status.getCode(), detail));
    }
  }
}
