"""Palestra INPS: domain and use cases. Qt-free by rule: nothing here imports Qt."""
