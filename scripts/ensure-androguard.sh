#!/usr/bin/env bash
# Makes sure the androguard the APK tests compare against is installed, and prints the virtual
# environment's path. Usage: venv="$(bash scripts/ensure-androguard.sh)"
# The venv is ${ANDROGUARD_VENV:-.venv/androguard} under the repository root; androguard comes
# from PyPI at the version below, with every package it pulls in pinned too (the list is
# `pip freeze` of a fresh install on Python 3.11), so that a CI run months from now reads the
# corpus with the same code. crates/apk/tests/androguard.rs runs scripts/androguard_dump.py
# with this venv's python.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
androguard_version="4.1.4"
venv="${ANDROGUARD_VENV:-.venv/androguard}"
[[ "$venv" = /* ]] || venv="$root/$venv"
pins=(
    "androguard==$androguard_version"
    alembic==1.20.1 apkInspector==1.3.7 asn1crypto==1.5.1 asttokens==3.0.2 cffi==2.1.1
    click==8.5.1 colorama==0.4.6 cryptography==50.0.2 dataset==2.0.0 executing==2.3.0
    ipython==9.18.1 ipython_pygments_lexers==1.1.1 jedi==0.20.1 loguru==0.7.3 lxml==6.1.3
    Mako==1.4.3 MarkupSafe==3.0.4 matplotlib-inline==0.2.2 mutf8==1.1.0 networkx==3.6.1
    parso==0.8.7 pexpect==4.9.0 prompt_toolkit==3.0.53 psutil==7.2.2 ptyprocess==0.7.0
    pure_eval==0.2.4 pycparser==3.12 pydot==4.0.1 Pygments==2.21.0 pyparsing==3.3.3
    PyYAML==6.0.3 SQLAlchemy==2.1.9 stack-data==0.6.3 traitlets==5.16.1
    typing_extensions==4.16.0 wcwidth==0.9.4
)
installed="$("$venv/bin/python" -c 'import androguard; print(androguard.__version__)' 2>/dev/null || true)"
if [[ "$installed" != "$androguard_version" ]]; then
    echo "installing androguard $androguard_version into $venv (once)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${pins[@]}" >&2
fi
echo "$venv"
