# syntax=docker/dockerfile:1
# InnoTrack as a container (docs/operations.md). Build:  docker build -t innotrack .
# Run with PostgreSQL:  docker compose up   (docker-compose.yml next to this file)
#
# Stage 1: build the jar with the project's own Maven wrapper on a JDK 17 image, then split it into Boot's layers.
# The whole tree is the build context (see .dockerignore), .git included, so the info endpoint names the commit.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -Dmaven.test.skip=true package \
 && cp target/innotrack-*.jar /tmp/app.jar
# Boot 4: the tools jar mode; --launcher keeps Boot's JarLauncher so the class path order is the jar's
RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher --destination /tmp/extracted

# Stage 2: a JRE 17 image, the layers from the least to the most often changed, a user without rights.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system innotrack \
 && useradd --system --gid innotrack --home-dir /app --no-create-home innotrack \
 && mkdir -p /app/data \
 && chown innotrack:innotrack /app/data
WORKDIR /app
COPY --from=build /tmp/extracted/dependencies/ ./
COPY --from=build /tmp/extracted/spring-boot-loader/ ./
COPY --from=build /tmp/extracted/snapshot-dependencies/ ./
COPY --from=build /tmp/extracted/application/ ./
USER innotrack
# The production shape: PostgreSQL (INNOTRACK_DB_URL/_USER/_PASSWORD), the real clock, no demo accounts.
# Evidence files stay in the database by default; with INNOTRACK_EVIDENCE_STORE=directory mount a volume on /app/data.
ENV SPRING_PROFILES_ACTIVE=postgres \
    INNOTRACK_MANAGEMENT_PORT=8081
# 8080: the application (behind the reverse proxy); 8081: the management port (probes, metrics; never publish it
# to the world: docs/operations.md). It listens on 127.0.0.1 inside the container unless INNOTRACK_MANAGEMENT_ADDRESS
# says otherwise (0.0.0.0 for a Prometheus on the container network).
EXPOSE 8080 8081
# liveness only: the process answers. Readiness (database included) is for the load balancer's decision.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${INNOTRACK_MANAGEMENT_PORT}/actuator/health/liveness" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
