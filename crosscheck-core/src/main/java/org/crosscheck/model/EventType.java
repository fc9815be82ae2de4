package org.crosscheck.model;

/** PLOVER's sixteen event types. */
public enum EventType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT
}
