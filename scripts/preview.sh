#!/usr/bin/env bash
# The preview: installs what is missing, then serves the news-article page
# with the widget at http://127.0.0.1:8080 (rebuilding on every change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec trunk serve "$@"
