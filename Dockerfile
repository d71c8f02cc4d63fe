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
COPY --from=build /app.jar /opt/corroborate/corroborate.jar
USER corroborate
ENV CORROBORATE_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/corroborate/corroborate.jar"]
