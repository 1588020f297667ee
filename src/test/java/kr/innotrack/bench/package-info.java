/**
 * Benchmark add-on, kept out of the production jar: national-scale data ({@link kr.innotrack.bench.NationalData}, also
 * used by the query-count guards), the {@code generate} profile's {@link kr.innotrack.bench.GenerateCommand} and the
 * {@code /api/ping} ceiling. It lives in the test sources, so {@code ./mvnw package} compiles it (into
 * {@code target/test-classes}) but never packs it; {@code bench/run.sh} copies this package's classes into a directory
 * and starts the unchanged production jar with that directory on its class path ({@code PropertiesLauncher},
 * {@code -Dloader.path}). Only main-code and production dependencies may be used here.
 */
package kr.innotrack.bench;
