package dev.interlock.sample;

import java.time.Instant;

/**
 * One issue link: "{@code source} (outward verb of {@code kind}) {@code target}", created at {@code
 * at}. {@code id} is empty until all links are known and numbered in creation order.
 */
record PlannedLink(String id, LinkKind kind, LinkTarget source, LinkTarget target, Instant at) {

  static PlannedLink of(LinkKind kind, LinkTarget source, LinkTarget target, Instant at) {
    return new PlannedLink("", kind, source, target, at);
  }

  PlannedLink withId(String newId) {
    return new PlannedLink(newId, kind, source, target, at);
  }

  /** The blocker of a dependency link: the source or the target, depending on the type. */
  LinkTarget blocker() {
    return Boolean.TRUE.equals(kind.sourceBlocks) ? source : target;
  }

  /** The blocked issue of a dependency link. */
  LinkTarget blocked() {
    return Boolean.TRUE.equals(kind.sourceBlocks) ? target : source;
  }

  /** The issue at the other end, seen from {@code self}. */
  LinkTarget other(LinkTarget self) {
    return source == self ? target : source;
  }

  /** The verb {@code self} holds: the outward one for the source, the inward one otherwise. */
  String verb(LinkTarget self) {
    return source == self ? kind.outward : kind.inward;
  }
}
