package org.crosscheck.extract.quotes;

import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.SpeakerKind;

/**
 * Who a quotation is attributed to.
 *
 * @param name canonical name, or null when the text names no one
 * @param id the {@link ArticleActor#key()} when the speaker is a known actor, else null
 * @param kind person, organisation, document or none
 */
record Speaker(String name, String id, SpeakerKind kind) {

  /** No speaker named. */
  static final Speaker NONE = new Speaker(null, null, SpeakerKind.NONE);

  /** The actor speaking for itself: a person, or an organisation, country or group. */
  static Speaker of(ArticleActor actor) {
    SpeakerKind kind = actor.kind() == ActorKind.PERSON ? SpeakerKind.PERSON : SpeakerKind.ORGANISATION;
    return new Speaker(actor.name(), actor.key(), kind);
  }

  /** A document (statement, readout) issued by {@code issuer}, or by no one known. */
  static Speaker document(ArticleActor issuer) {
    return issuer == null
        ? new Speaker(null, null, SpeakerKind.DOCUMENT)
        : new Speaker(issuer.name(), issuer.key(), SpeakerKind.DOCUMENT);
  }

  boolean isNamed() {
    return name != null;
  }

  boolean isPerson() {
    return kind == SpeakerKind.PERSON;
  }
}
