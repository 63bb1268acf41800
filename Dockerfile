# Bowout's image: built with the Rust toolchain, run from distroless — no shell, no package
# manager, a non-root user, the language packs built into the binary.
#
#   docker build -t registry.example.com/bowout:0.1.0 .

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY src src
COPY locales locales
COPY templates templates
RUN cargo build --release --locked --bin bowout

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /src/target/release/bowout /usr/local/bin/bowout
# distroless's "nonroot" user (65532); the manifests run it with a read-only root filesystem.
USER 65532:65532
ENV BOWOUT_ADDR=0.0.0.0:8080 \
    BOWOUT_LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s CMD ["/usr/local/bin/bowout", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/bowout"]
