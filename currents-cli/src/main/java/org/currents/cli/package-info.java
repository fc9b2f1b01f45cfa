/**
 * The {@code currents} command line (picocli): parses arguments, wires the default stages, prints
 * results and counts. The only module that writes to stdout or binds a logging backend; holds no
 * stage logic.
 */
@NullMarked
package org.currents.cli;

import org.jspecify.annotations.NullMarked;
