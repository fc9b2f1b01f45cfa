/**
 * The opt-in Stanford CoreNLP entity tagger. GPL-3 like CoreNLP and its models: this module is
 * built only with the Maven profile {@code corenlp}, nothing in the default build depends on it,
 * and the command line finds it through {@link org.currents.entity.EntityFinderProvider} when its
 * jars are on the classpath. It must not grow name rules of its own: canonical names and
 * cross-article joins come from core, so that the measured difference is the tagger's alone.
 */
@NullMarked
package org.currents.corenlp;

import org.jspecify.annotations.NullMarked;
