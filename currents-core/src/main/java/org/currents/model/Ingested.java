package org.currents.model;

/**
 * What an ingest reader yields: a raw page that still needs extraction, or an article that arrived
 * already extracted (a JSON Lines row of a news data set).
 */
public sealed interface Ingested permits RawPage, Article {}
