# The Mentoring host as a container image.
#
#   docker build -t mentoring .                              # BuildKit (Docker 23+'s default)
#   docker buildx build --platform linux/arm64 -t mentoring .  # an arm64 image from any machine
#   docker run -p 8080:8080 -v mentoring-data:/app/data mentoring            # SQLite default
#   docker run --rm -e Storage__Provider=PostgreSQL \
#       -e ConnectionStrings__Mentoring="Host=…;Database=mentoring;Username=…;Password=…" \
#       mentoring migrate                                                     # once per release
#
# infra/docker-compose.yml runs it with SQLite, PostgreSQL or SQL Server; infra/check-publish.sh
# performs the build stage below without Docker.

# ---- build ---------------------------------------------------------------------------------------
# The SDK runs on the building machine's platform and publishes for the image's (TARGETARCH:
# amd64 or arm64, set by BuildKit), so an arm64 image builds without emulation. Publishing for one
# architecture also keeps other platforms' native libraries (Google.OrTools ships ~400 MB of them)
# out of the image.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src

# Restore first, from the files that decide the package graph only, so that the restore layer is
# reused until a project file or a pinned version changes. global.json asks for SDK 10.0.400 or a
# later feature band; .editorconfig is read by the analyzers the build enforces.
# One line per project the host references, directly or not: a missing one is skipped by restore
# and fails the publish (infra/check-publish.sh reads these lines and fails the same way).
COPY Directory.Build.props Directory.Packages.props global.json .editorconfig ./
COPY src/Mentoring.Matching/Mentoring.Matching.csproj src/Mentoring.Matching/
COPY src/Mentoring.Conversations/Mentoring.Conversations.csproj src/Mentoring.Conversations/
COPY src/Mentoring.Core/Mentoring.Core.csproj src/Mentoring.Core/
COPY src/Mentoring.Web/Mentoring.Web.csproj src/Mentoring.Web/
RUN dotnet restore src/Mentoring.Web -a $TARGETARCH

# Then the sources and the conversations (dialogs/ is copied beside the binary by the csproj).
# .dockerignore keeps bin/, obj/ and local databases out, so the restore above is not overwritten.
COPY src/ src/
COPY dialogs/ dialogs/
RUN dotnet publish src/Mentoring.Web -c Release -a $TARGETARCH -o /app --no-restore

# ---- runtime -------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The working directory is the content root: the SQLite default is <content root>/data/mentoring.db.
WORKDIR /app
COPY --from=build /app ./

# The image's non-root user `app` ($APP_UID, 1654) owns only the data folder; the binaries stay
# read-only to it. A named volume mounted on /app/data starts with this ownership; a bind mount
# must be writable by uid 1654 on the host.
RUN mkdir -p /app/data && chown "$APP_UID:$APP_UID" /app/data
VOLUME /app/data

ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID

# No HEALTHCHECK: the aspnet image has neither curl nor wget, and adding one only for this is not
# worth a bigger image. Probe from the orchestrator instead, over HTTP on port 8080:
#   liveness  GET /health        200 while the process serves (restart the container if not)
#   readiness GET /health/ready  200 once the database answers and is migrated, 503 until then
#                                (send traffic only when ready; App Service's health check uses it)
# On PostgreSQL and SQL Server the host does not migrate at start (unless Storage__MigrateOnStart
# is true): run this image once per release with the argument `migrate`; it exits 0 when done,
# and 2 with one line on stderr for a setting that cannot work.
ENTRYPOINT ["dotnet", "Mentoring.Web.dll"]
