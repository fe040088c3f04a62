# Build: docker compose build (see docker-compose.yml)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -ntp -q package -DskipTests && cp target/ardesk-*.jar /ardesk.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 ardesk
USER ardesk
WORKDIR /app
COPY --from=build /ardesk.jar /app/ardesk.jar
ENV SPRING_PROFILES_ACTIVE=postgres
# one time zone: AR Desk's (ardesk.zone) and the JVM's, so logs and local timestamps agree (README "Operations")
ENV ARDESK_ZONE=Asia/Shanghai TZ=Asia/Shanghai
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/ardesk.jar"]
