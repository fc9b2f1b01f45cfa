package org.currents.entity;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An optional entity finder found on the classpath by {@link ServiceLoader}, so that the command
 * line can offer a tagger that the default build never compiles against: the Stanford CoreNLP
 * tagger (GPL-3) lives in its own module, built only under a Maven profile, and registers one of
 * these in {@code META-INF/services/org.currents.entity.EntityFinderProvider}.
 *
 * <p>Implementations are thread safe; {@link #create} may be slow (models load) and is called once
 * per run.
 */
public interface EntityFinderProvider {
  /** The name the command line selects it by, e.g. {@code corenlp}. */
  String name();

  /** A short human label for tables, e.g. "Stanford CoreNLP 4.5.10 (GPL-3)". */
  String label();

  /** A new finder, its models loaded. */
  EntityFinder create();

  /** The provider called {@code name} on the classpath, if any. */
  static Optional<EntityFinderProvider> named(String name) {
    return ServiceLoader.load(EntityFinderProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals(name))
        .findFirst();
  }
}
