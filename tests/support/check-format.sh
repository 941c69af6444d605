#!/usr/bin/env bash
# Fails when a C++ file under app/, ui/ or tests/ differs from what clang-format makes of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
[[ ${#files[@]} -gt 0 ]] || exit 0
clang-format --dry-run --Werror "${files[@]}"
echo "clang-format: ${#files[@]} files formatted"
