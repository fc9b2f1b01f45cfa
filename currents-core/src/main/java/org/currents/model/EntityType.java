package org.currents.model;

/** The kinds of named entity Currents tracks. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE
}
