#!/usr/bin/env bash
# Refresh the translation catalogues from the Italian source strings of app/ and ui/ and
# build the .qm files (see tools/translations.py: contexts as the code looks them up).
set -euo pipefail
cd "$(dirname "$0")/.."
"${PYTHON:-.venv/bin/python}" tools/translations.py "$@"
