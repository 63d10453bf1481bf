#!/usr/bin/env bash
# Refresh the translation catalogue from the Italian source strings of ui/
# (Qt's lupdate; translators then use Qt Linguist, pyside6-lrelease makes the .qm).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin}
"$PY/pyside6-lupdate" $(git ls-files 'ui/*.py' 'ui/**/*.py') \
  -source-language it_IT -target-language de_DE -ts resources/translations/palestra_de.ts
