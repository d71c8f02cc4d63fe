# Multi-stage build: a Temurin 25 JDK builds the production jar, a JRE runs it as a non-root user.
# docker build -t corroborate .
# docker run -p 8080:8080 -v corroborate-data:/data corroborate
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY src src
COPY frontend frontend
COPY fixtures fixtures
# The committed prod bundle (src/main/bundles) means this step needs no Node.
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/corroborate-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system corroborate && useradd --system --gid corroborate --home /data corroborate \
    && mkdir -p /data && chown corroborate:corroborate /data
COPY --from=build /app.jar /tmp/corroborate.jar
# Extracted jar plus a JDK AOT cache (Java 25) trained on one start of the app context (Spring Boot's
# spring.context.exit=onRefresh, on a throw-away database): classes come pre-loaded and pre-linked, for the server
# and for headless commands (docker run … export …) alike. The cache fits this jar and this JRE only.
RUN java -Djarmode=tools -jar /tmp/corroborate.jar extract --destination /opt/corroborate \
    && rm /tmp/corroborate.jar \
    && CORROBORATE_DATA_DIR=/tmp/aot-training CORROBORATE_DEMO_ENABLED=false \
       java -XX:AOTCacheOutput=/opt/corroborate/corroborate.aot -Dspring.context.exit=onRefresh \
            -jar /opt/corroborate/corroborate.jar \
    && rm -rf /tmp/aot-training
USER corroborate
# No demo users with published passwords in an image: the first admin's password comes from
# CORROBORATE_ADMIN_PASSWORD (or is generated and printed once). Demo mode only when asked for.
ENV CORROBORATE_DATA_DIR=/data CORROBORATE_DEMO_ENABLED=false
VOLUME /data
EXPOSE 8080
# /actuator/health answers UP once the database is reachable; docker stop sends SIGTERM, and the server
# finishes the requests in flight (server.shutdown=graceful) before it exits.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:AOTCache=/opt/corroborate/corroborate.aot", "-jar", "/opt/corroborate/corroborate.jar"]
