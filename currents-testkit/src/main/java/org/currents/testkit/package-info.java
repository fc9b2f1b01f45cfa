/**
 * Test support shared by every module: golden files with an update switch, and the contract test
 * each stage's test inherits, a real HTTP server on loopback for fetch tests, and the PostgreSQL
 * server the store tests may run against ({@code TestPostgres}). Depends on JUnit
 * and the JDK only (never on core), so core's tests can use it.
 */
@NullMarked
package org.currents.testkit;

import org.jspecify.annotations.NullMarked;
