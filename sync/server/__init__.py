"""The central registry service: HTTP API, storage, command line."""
