package kr.innotrack.participation;

/** A verified person, as a keyed hash (64 hex characters) of their normalized address: never the address itself. */
public record Voice(String key) {
}
