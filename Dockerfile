# syntax=docker/dockerfile:1
# The Kassa server: built with the Maven wrapper on a JDK 25, run on a JRE 25 as a non-root user.
#   docker build -t kassa .
#   docker run -e DATABASE_URL=... -e KASSA_ENV=prod -e JWT_SECRET=... -p 8080:8080 kassa
# compose.yaml runs it with everything around it. .dockerignore keeps tests, data and secrets out.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# Test sources are not in the context (`./mvnw verify` runs the tests): -DskipTests still builds the
# modules' (empty) test jars the reactor's test-scoped dependencies name, which
# -Dmaven.test.skip=true would not. The formatting check is the developer build's job.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl bootstrap -am package -DskipTests -Dspotless.check.skip=true \
    && cp bootstrap/target/kassa.jar /kassa.jar

FROM eclipse-temurin:25-jre
# curl answers the HEALTHCHECK; nothing else is added to the JRE image.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /opt/kassa --no-create-home kassa \
    && mkdir -p /opt/kassa \
    && chown kassa:kassa /opt/kassa
WORKDIR /opt/kassa
COPY --from=build --chown=kassa:kassa /kassa.jar /opt/kassa/kassa.jar
USER kassa

# PORT is the public HTTP port. 9090 is MANAGEMENT_PORT's default, where the metrics work serves
# /metrics: keep it off the public network (compose.yaml lets only Prometheus reach it).
ENV PORT=8080
EXPOSE 8080 9090

HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/v1/health/live" || exit 1

# The JVM turns SIGTERM (docker stop) into Kassa's graceful shutdown: in-flight requests finish.
STOPSIGNAL SIGTERM
# A 512 MB heap with the generational ZGC, as bin/start and bench/run use.
ENTRYPOINT ["java", "-Xmx512m", "-XX:+UseZGC", "-jar", "/opt/kassa/kassa.jar"]
