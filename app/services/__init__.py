"""Use cases, one module per capability. Every function takes the World first."""
